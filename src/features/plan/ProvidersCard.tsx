import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import type { Provider } from '../../shared/model/steering';
import { Button, Card, Dialog, IconButton, PencilIcon, Table, TextField, TrashIcon } from '../../ui';
import { PlanConfirmDialog } from './PlanConfirmDialog';
import './planListsMessages';
import { usePlanMutation, usePlanQuery } from './usePlan';

/** The providers (prestataires): add, edit every field (autosaved), delete by the stated rule. */
export function ProvidersCard({ engagementId, readOnly }: { engagementId: string; readOnly: boolean }) {
  const { t } = useTranslation('planLists');
  const providers = usePlanQuery(engagementId, 'provider:list', { engagementId }).data ?? [];
  const quotes = usePlanQuery(engagementId, 'quote:list', { engagementId, actionId: null }).data ?? [];
  const actions = usePlanQuery(engagementId, 'action:list', { engagementId }).data ?? [];
  const [editingId, setEditingId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Provider | null>(null);
  const [company, setCompany] = useState('');
  const create = usePlanMutation(engagementId, 'provider:create', () => setCompany(''));
  const remove = usePlanMutation(engagementId, 'provider:delete', () => setDeleting(null));
  const editing = providers.find((p) => p.id === editingId) ?? null;
  const quoteCount = (p: Provider) => quotes.filter((q) => q.providerId === p.id).length;
  const carried = (p: Provider) => actions.filter((a) => a.providerId === p.id);
  const blockedBy = deleting ? carried(deleting) : [];

  return (
    <Card title={t('providers.title')} description={t('providers.description')} headingLevel={3} className="plan-card-gap" data-testid="providers-card">
      {providers.length === 0 ? (
        <p className="plan-hint">{t('providers.none')}</p>
      ) : (
        <Table
          caption={t('providers.caption')}
          rows={providers}
          rowKey={(p) => p.id}
          columns={[
            { key: 'company', header: t('providers.company'), render: (p) => <strong>{p.company}</strong> },
            { key: 'contact', header: t('providers.contactName'), render: (p) => [p.contactName, p.email, p.phone].filter(Boolean).join(' · ') || '—' },
            { key: 'skills', header: t('providers.skills'), render: (p) => p.skills || '—' },
            { key: 'quotes', header: t('providers.quotes'), align: 'numeric', render: quoteCount },
            { key: 'carries', header: t('providers.carries'), align: 'numeric', render: (p) => carried(p).length },
            {
              key: 'actions',
              header: <span className="visually-hidden">{t('providers.edit', { name: '' })}</span>,
              align: 'actions',
              render: (p) => (
                <span className="plan-row-actions">
                  <IconButton label={t('providers.edit', { name: p.company })} icon={<PencilIcon />} onClick={() => setEditingId(p.id)} />
                  {!readOnly && <IconButton label={t('providers.remove', { name: p.company })} icon={<TrashIcon />} tone="danger" onClick={() => setDeleting(p)} />}
                </span>
              ),
            },
          ]}
        />
      )}
      {!readOnly && (
        <form className="plan-new plan-new--inline" onSubmit={(e) => { e.preventDefault(); if (company.trim()) create.mutate({ engagementId, provider: { company } }); }}>
          <TextField label={t('providers.newCompany')} value={company} onChange={setCompany} />
          <Button type="submit" disabled={!company.trim()}>{t('providers.add')}</Button>
        </form>
      )}
      <Dialog open={editing !== null} onClose={() => setEditingId(null)} title={editing?.company ?? t('providers.editTitle')}>
        {editing && <ProviderFields key={editing.id} engagementId={engagementId} provider={editing} readOnly={readOnly} />}
      </Dialog>
      <PlanConfirmDialog
        open={deleting !== null}
        title={t('providers.confirmTitle', { name: deleting?.company ?? '' })}
        blocked={blockedBy.length > 0}
        pending={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ engagementId, id: deleting.id })}
      >
        {deleting && (
          <p>
            {blockedBy.length > 0
              ? t('providers.blocked', { name: deleting.company, count: blockedBy.length, titles: blockedBy.map((a) => `« ${a.title} »`).join(', ') })
              : quoteCount(deleting) > 0
                ? t('providers.confirmQuotes', { count: quoteCount(deleting) })
                : t('providers.confirmNoQuote')}
          </p>
        )}
      </PlanConfirmDialog>
    </Card>
  );
}

function ProviderFields({ engagementId, provider, readOnly }: { engagementId: string; provider: Provider; readOnly: boolean }) {
  const { t } = useTranslation('planLists');
  const update = usePlanMutation(engagementId, 'provider:update');
  const save = (patch: Partial<Omit<Provider, 'id'>>) => update.mutateAsync({ engagementId, id: provider.id, patch });
  return (
    <fieldset className="action-editor" disabled={readOnly} data-testid="provider-editor">
      <div className="action-editor__grid">
        <AutosaveTextField className="action-editor__wide" label={t('providers.company')} value={provider.company} onSave={(company) => save({ company })} validate={(v) => (v.trim() ? null : t('providers.companyMissing'))} />
        <AutosaveTextField label={t('providers.contactName')} value={provider.contactName} onSave={(contactName) => save({ contactName })} />
        <AutosaveTextField label={t('providers.email')} value={provider.email} onSave={(email) => save({ email })} />
        <AutosaveTextField label={t('providers.phone')} value={provider.phone} onSave={(phone) => save({ phone })} />
        <AutosaveTextField label={t('providers.website')} value={provider.website} onSave={(website) => save({ website })} />
        <AutosaveTextArea className="action-editor__wide" rows={2} label={t('providers.skills')} value={provider.skills} onSave={(skills) => save({ skills })} />
        <AutosaveTextArea className="action-editor__wide" rows={3} label={t('providers.notes')} value={provider.notes} onSave={(notes) => save({ notes })} />
      </div>
    </fieldset>
  );
}
