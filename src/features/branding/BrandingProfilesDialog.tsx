import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { Banner, Button, Dialog, Loading, PlusIcon, TrashIcon, useToast } from '../../ui';
import './branding.css';
import './brandingMessages';
import { BrandingProfileForm } from './BrandingProfileForm';
import { toProfileInput, useBrandingProfiles } from './useBrandingProfiles';

/** « Profils de marque » (app level): the list on the left, the chosen profile's editor and preview. */
export function BrandingProfilesDialog({ open, onClose, initialId = null }: { open: boolean; onClose: () => void; initialId?: string | null }) {
  const { t } = useTranslation('branding');
  const errorText = useErrorText();
  const toast = useToast();
  const { list, save, remove } = useBrandingProfiles();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const profiles = list.data ?? [];
  const current = profiles.find((p) => p.id === chosenId) ?? profiles.find((p) => p.id === initialId) ?? profiles[0] ?? null;

  const create = () => {
    if (!current) return;
    // A new profile starts from the chosen one's look, under a new name.
    const { id: _id, ...base } = current;
    save.mutate(toProfileInput({ ...base, name: t('newName') }), { onSuccess: (created) => setChosenId(created.id) });
  };
  const deleteCurrent = () => {
    if (!current) return;
    remove.mutate(
      { id: current.id },
      {
        onSuccess: () => {
          toast({ tone: 'success', message: t('deleted', { name: current.name }) });
          setChosenId(null);
          setConfirming(false);
        },
      },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} wide title={t('title')} description={t('description')} footer={<Button onClick={onClose}>{t('close')}</Button>}>
      <div className="branding-manager">
        {(list.error || remove.error) && <Banner tone="danger">{errorText(list.error ?? remove.error)}</Banner>}
        <nav className="branding-list" aria-label={t('list')}>
          <ul>
            {profiles.map((profile) => (
              <li key={profile.id}>
                <button type="button" className="branding-list__item" aria-current={profile.id === current?.id || undefined} onClick={() => { setChosenId(profile.id); setConfirming(false); }}>
                  <span className="branding-list__swatches" aria-hidden="true">
                    <span className="branding-list__swatch" style={{ background: profile.primaryColor }} />
                    <span className="branding-list__swatch" style={{ background: profile.secondaryColor }} />
                  </span>
                  <span className="branding-list__name">{profile.name}</span>
                </button>
              </li>
            ))}
          </ul>
          <Button size="sm" icon={<PlusIcon />} onClick={create} disabled={save.isPending || !list.data}>
            {t('create')}
          </Button>
          {current && current.id !== 'default' && (
            <Button size="sm" variant="ghost" icon={<TrashIcon />} onClick={() => setConfirming(true)}>
              {t('delete')}
            </Button>
          )}
          {confirming && current && (
            <div className="branding-list__confirm" role="alert">
              <p>{t('deleteConfirm', { name: current.name })}</p>
              <div>
                <Button size="sm" variant="danger" onClick={deleteCurrent} disabled={remove.isPending}>{t('delete')}</Button>
                <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>{t('app:common.cancel')}</Button>
              </div>
            </div>
          )}
        </nav>
        {!current ? (
          <Loading label="…" />
        ) : (
          <BrandingProfileForm key={current.id} profile={current} onSave={(profile) => save.mutateAsync(toProfileInput(profile))} />
        )}
      </div>
    </Dialog>
  );
}
