import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { Banner, Button, Dialog, Loading, PlusIcon, TrashIcon, useToast } from '../../ui';
import './branding.css';
import './brandingMessages';
import { BrandingProfileForm } from './BrandingProfileForm';
import { toProfileInput, useBrandingProfiles } from './useBrandingProfiles';

/**
 * « Profils de marque » (app level): the list on the left, the chosen profile's editor and preview.
 * `startWithNew` (the welcome screen's « Créer un profil de marque ») opens straight on a new profile.
 */
export function BrandingProfilesDialog({ open, onClose, initialId = null, startWithNew = false }: { open: boolean; onClose: () => void; initialId?: string | null; startWithNew?: boolean }) {
  const { t } = useTranslation('branding');
  const errorText = useErrorText();
  const toast = useToast();
  const { list, save, remove } = useBrandingProfiles();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The profile just created: its form opens with the focus in its name.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const startedNew = useRef(false);
  const profiles = list.data ?? [];
  const current = profiles.find((p) => p.id === chosenId) ?? profiles.find((p) => p.id === initialId) ?? profiles[0] ?? null;

  const create = (name = t('newName')) => {
    if (!current) return;
    // A new profile starts from the chosen one's look, under a new name.
    const { id: _id, ...base } = current;
    save.mutate(toProfileInput({ ...base, name }), {
      onSuccess: (created) => {
        setChosenId(created.id);
        setCreatedId(created.id);
      },
    });
  };
  useEffect(() => {
    if (!open) {
      startedNew.current = false;
      return;
    }
    if (startWithNew && list.data && !startedNew.current) {
      startedNew.current = true;
      // From the welcome screen, the first profile of one's own gets a name that says so.
      create(profiles.some((p) => p.id !== 'default') ? t('newName') : t('firstName'));
    }
  });
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
          <Button size="sm" icon={<PlusIcon />} onClick={() => create()} disabled={save.isPending || !list.data}>
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
          <BrandingProfileForm key={current.id} profile={current} autoFocus={current.id === createdId} onSave={(profile) => save.mutateAsync(toProfileInput(profile))} />
        )}
      </div>
    </Dialog>
  );
}
