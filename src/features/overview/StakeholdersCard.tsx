import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../shared/model/engagement';
import { Button, Card, Dialog, IconButton, PencilIcon, PlusIcon, Table, Tag, TrashIcon, type Column } from '../../ui';
import { AddStakeholderDialog } from './AddStakeholderDialog';
import { EditStakeholderDialog } from './EditStakeholderDialog';
import { useStakeholderMutations } from './useStakeholderMutations';
import { jumpKey } from '../../app/jump/jumpTarget';

/** Who is who in the engagement: add, edit in place, delete after a confirmation. */
export function StakeholdersCard({
  engagementId,
  stakeholders,
  readOnly,
}: {
  engagementId: string;
  stakeholders: Stakeholder[];
  readOnly: boolean;
}) {
  const { t } = useTranslation('overview');
  const { t: tApp } = useTranslation('app');
  const { create, update, remove } = useStakeholderMutations(engagementId);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Stakeholder | null>(null);
  const editing = stakeholders.find((s) => s.id === editingId) ?? null;

  const columns: Column<Stakeholder>[] = [
    {
      key: 'name',
      header: t('stakeholders.columns.name'),
      render: (s) => (
        <span className="stakeholder-name">
          <strong>{s.name}</strong>
          {s.isApprover && <Tag tone="accent">{t('stakeholders.approverTag')}</Tag>}
        </span>
      ),
    },
    { key: 'role', header: t('stakeholders.columns.role'), render: (s) => s.role || '—' },
    {
      key: 'side',
      header: t('stakeholders.columns.side'),
      render: (s) => <Tag>{t(`stakeholders.sides.${s.side}`)}</Tag>,
    },
    {
      key: 'contact',
      header: t('stakeholders.columns.contact'),
      render: (s) => (
        <span className="stakeholder-contact">
          {s.email && <a href={`mailto:${s.email}`}>{s.email}</a>}
          {s.phone && <span>{s.phone}</span>}
          {!s.email && !s.phone && '—'}
        </span>
      ),
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">{t('stakeholders.columns.actions')}</span>,
      align: 'actions',
      render: (s) => (
        <span className="row-actions">
          <IconButton
            label={t('stakeholders.editLabel', { name: s.name })}
            icon={<PencilIcon />}
            onClick={() => setEditingId(s.id)}
          />
          {!readOnly && (
            <IconButton
              label={t('stakeholders.deleteLabel', { name: s.name })}
              icon={<TrashIcon />}
              tone="danger"
              onClick={() => setDeleting(s)}
            />
          )}
        </span>
      ),
    },
  ];

  return (
    <Card
      title={t('stakeholders.title')}
      description={t('stakeholders.description')}
      actions={
        !readOnly && (
          <Button size="sm" icon={<PlusIcon size={14} />} onClick={() => setAdding(true)}>
            {t('stakeholders.add')}
          </Button>
        )
      }
    >
      {stakeholders.length === 0 ? (
        <p className="muted-text">{t('stakeholders.empty')}</p>
      ) : (
        <Table caption={t('stakeholders.caption')} columns={columns} rows={stakeholders} rowKey={(s) => s.id} rowData={(s) => ({ 'data-jump': jumpKey('stakeholder', s.id) })} />
      )}
      <AddStakeholderDialog
        open={adding}
        onClose={() => setAdding(false)}
        engagementId={engagementId}
        create={create}
      />
      <EditStakeholderDialog
        stakeholder={editing}
        onClose={() => setEditingId(null)}
        engagementId={engagementId}
        update={update}
        readOnly={readOnly}
      />
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('stakeholders.deleteConfirmTitle', { name: deleting?.name ?? '' })}
        footer={
          <>
            <Button onClick={() => setDeleting(null)}>{tApp('common.cancel')}</Button>
            <Button
              variant="danger"
              disabled={remove.isPending}
              onClick={() =>
                deleting && remove.mutate({ engagementId, id: deleting.id }, { onSuccess: () => setDeleting(null) })
              }
            >
              {tApp('common.delete')}
            </Button>
          </>
        }
      >
        <p>{t('stakeholders.deleteConfirmText')}</p>
      </Dialog>
    </Card>
  );
}
