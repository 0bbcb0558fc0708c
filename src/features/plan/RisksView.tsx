import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, IconButton, Loading, PencilIcon, Table, TextField, TrashIcon } from '../../ui';
import type { Risk } from '../../shared/model/steering';
import { PlanConfirmDialog } from './PlanConfirmDialog';
import { RiskEditorDialog } from './RiskEditorDialog';
import { PlanEmptyState } from './PlanEmptyState';
import { usePlanMutation, usePlanQuery } from './usePlan';
import { jumpKey } from '../../app/jump/jumpTarget';

const LEVELS = [5, 4, 3, 2, 1];
const tone = (score: number) => (score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low');

/** Risk register and its probability × impact matrix. */
export function RisksView({ engagementId, readOnly }: { engagementId: string; readOnly: boolean }) {
  const { t } = useTranslation('plan');
  const { t: tLists } = useTranslation('planLists');
  const risks = usePlanQuery(engagementId, 'risk:list', { engagementId }).data;
  const [title, setTitle] = useState('');
  const [editingId, setEditingId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Risk | null>(null);
  const create = usePlanMutation(engagementId, 'risk:create', () => setTitle(''));
  const remove = usePlanMutation(engagementId, 'risk:delete', () => setDeleting(null));
  if (!risks) return <Loading label="…" />;
  return (
    <div className="plan-risks">
      <Card title={t('risks.matrix')}>
        <div className="risk-matrix" role="table" aria-label={t('risks.matrix')}>
          {LEVELS.map((p) => (
            <div key={p} role="row" className="risk-matrix__row">
              <span role="rowheader" className="risk-matrix__axis">{p}</span>
              {[1, 2, 3, 4, 5].map((i) => {
                const here = risks.filter((r) => r.probability === p && r.impact === i && r.status !== 'closed');
                return (
                  <span key={i} role="cell" className={`risk-matrix__cell risk-matrix__cell--${tone(p * i)}`} title={here.map((r) => r.title).join('\n')}>
                    {here.length > 0 ? here.length : ''}
                  </span>
                );
              })}
            </div>
          ))}
          <div className="risk-matrix__row"><span />{[1, 2, 3, 4, 5].map((i) => <span key={i} className="risk-matrix__axis">{i}</span>)}</div>
          <p className="risk-matrix__legend">↑ {t('risks.probability')} · → {t('risks.impact')}</p>
        </div>
      </Card>
      {/* No risk yet: what the register is for (not a bare table header); the form below stays in place. */}
      {risks.length === 0 ? (
        <PlanEmptyState view="risks" />
      ) : (
        <Table
          caption={t('risks.caption')}
          rows={risks}
          rowKey={(r) => r.id}
          rowData={(r) => ({ 'data-jump': jumpKey('risk', r.id) })}
          columns={[
            { key: 'title', header: t('risks.title'), render: (r) => r.title },
            { key: 'score', header: `${t('risks.probability')} × ${t('risks.impact')}`, align: 'numeric', render: (r) => <span className={`risk-score risk-score--${tone(r.score)}`}>{r.probability} × {r.impact} = {r.score}</span> },
            { key: 'mitigation', header: t('risks.mitigation'), render: (r) => r.mitigation || '—' },
            { key: 'owner', header: t('risks.owner'), render: (r) => r.owner || '—' },
            { key: 'status', header: t('risks.status'), render: (r) => t(`risks.statuses.${r.status}`) },
            {
              key: 'actions',
              header: <span className="visually-hidden">{tLists('risks.editTitle')}</span>,
              align: 'actions',
              render: (r) => (
                <span className="plan-row-actions">
                  <IconButton label={tLists('risks.edit', { name: r.title })} icon={<PencilIcon />} onClick={() => setEditingId(r.id)} />
                  {!readOnly && <IconButton label={tLists('risks.remove', { name: r.title })} icon={<TrashIcon />} tone="danger" onClick={() => setDeleting(r)} />}
                </span>
              ),
            },
          ]}
        />
      )}
      {!readOnly && (
        <form className="plan-new plan-new--inline" onSubmit={(e) => { e.preventDefault(); if (title.trim()) create.mutate({ engagementId, risk: { title } }); }}>
          <TextField label={t('risks.add')} value={title} onChange={setTitle} />
          <Button type="submit">{t('risks.add')}</Button>
        </form>
      )}
      <RiskEditorDialog engagementId={engagementId} risk={risks.find((r) => r.id === editingId) ?? null} readOnly={readOnly} onClose={() => setEditingId(null)} />
      <PlanConfirmDialog
        open={deleting !== null}
        title={tLists('risks.confirmTitle', { name: deleting?.title ?? '' })}
        pending={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ engagementId, id: deleting.id })}
      >
        <p>{tLists('risks.confirm')}</p>
      </PlanConfirmDialog>
    </div>
  );
}
