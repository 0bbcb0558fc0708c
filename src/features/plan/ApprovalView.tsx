import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { describePlanChange } from '../../shared/planChangeWords';
import { localIsoDate } from '../../shared/smartCheck';
import type { ApprovalStatus } from '../../shared/model/steering';
import { Banner, Button, Card, DateField, Loading, Select, Tag, TextArea, TextField } from '../../ui';
import { euros, formatDay } from './planFormat';
import './planEmptyMessages';
import { usePlanMutation, usePlanQuery } from './usePlan';

type Decision = Exclude<ApprovalStatus, 'submitted'>;

/** Submit the plan, record management's decision, then see what changed since the approved version. */
export function ApprovalView({ engagementId, readOnly }: { engagementId: string; readOnly: boolean }) {
  const { t } = useTranslation('plan');
  const { t: tEmpty } = useTranslation('planEmpty');
  const { lang } = useUiLanguage();
  const approvals = usePlanQuery(engagementId, 'approval:list', { engagementId }).data;
  const diff = usePlanQuery(engagementId, 'approval:diff', { engagementId }).data;
  const submit = usePlanMutation(engagementId, 'approval:submit');
  const record = usePlanMutation(engagementId, 'approval:record');
  const [status, setStatus] = useState<Decision>('approved');
  const [who, setWho] = useState('');
  // Today's date as the default decision date, read once when the form appears.
  const [on, setOn] = useState(() => localIsoDate(Date.now()));
  const [comment, setComment] = useState('');
  if (!approvals || !diff) return <Loading label="…" />;
  const pending = approvals.find((a) => a.status === 'submitted');
  return (
    <div className="plan-approval">
      <Card title={t('approval.diffTitle')} data-testid="plan-diff">
        {!diff.approval ? (
          <p className="plan-hint">{t('approval.noApproval')}</p>
        ) : (
          <>
            <p className="plan-hint">{t('approval.diffSince', { date: formatDay(diff.approval.decidedOn, lang), who: diff.approval.decidedBy })}</p>
            {!diff.comparable ? (
              <Banner>{t('approval.notComparable')}</Banner>
            ) : diff.changes.length === 0 ? (
              <p>{t('approval.noChange')}</p>
            ) : (
              <>
                <ul className="plan-diff">
                  {diff.changes.map((c, i) => (
                    <li key={i} className={`plan-diff__item plan-diff__item--${c.kind}`}>{describePlanChange(c, lang)}</li>
                  ))}
                </ul>
                <p className="plan-diff__total">{t('approval.budgetLine', { now: euros(diff.plannedNowCents, lang), before: euros(diff.plannedBeforeCents, lang) })}</p>
              </>
            )}
          </>
        )}
      </Card>
      {!readOnly && !pending && (
        <Button variant="primary" onClick={() => submit.mutate({ engagementId, submittedOn: localIsoDate(Date.now()) })}>{t('approval.submit')}</Button>
      )}
      {!readOnly && pending && (
        <Card title={t('approval.decide')} description={t('approval.submittedOn', { date: formatDay(pending.submittedOn, lang) })}>
          <form
            className="plan-new"
            onSubmit={(e) => {
              e.preventDefault();
              record.mutate({ engagementId, id: pending.id, status, decidedBy: who, decidedOn: on, comment });
            }}
          >
            <Select<Decision> label={t('columns.status')} value={status} onChange={setStatus} options={(['approved', 'changes_requested', 'rejected'] as const).map((s) => ({ value: s, label: t(`approval.statuses.${s}`) }))} />
            <TextField label={t('approval.decidedBy')} value={who} onChange={setWho} required />
            <DateField label={t('approval.decidedOn')} value={on} onChange={setOn} />
            <TextArea label={t('approval.comment')} value={comment} onChange={setComment} />
            <Button type="submit" variant="primary" disabled={!who.trim()}>{t('approval.record')}</Button>
          </form>
        </Card>
      )}
      <Card title={t('approval.history')}>
        {approvals.length === 0 && <p className="plan-hint">{tEmpty('noSubmission')}</p>}
        <ul className="plan-list">
          {approvals.map((a) => (
            <li key={a.id}>
              <Tag tone={a.status === 'approved' ? 'success' : a.status === 'rejected' ? 'danger' : a.status === 'submitted' ? 'accent' : 'warning'}>{t(`approval.statuses.${a.status}`)}</Tag>{' '}
              {formatDay(a.submittedOn, lang)}
              {a.decidedBy && ` → ${a.decidedBy}, ${formatDay(a.decidedOn, lang)}`}
              {a.comment && <span className="plan-hint"> — {a.comment}</span>}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
