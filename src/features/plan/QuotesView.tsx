import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { parseEurosToCents } from '../../app/format/money';
import { Button, Card, DateField, Select, Tag, TextField } from '../../ui';
import { euros, formatDay } from './planFormat';
import './planEmptyMessages';
import { usePlanMutation, usePlanQuery } from './usePlan';

/** Devis per action, side by side; « Retenir » gives the action to that provider at that price. */
export function QuotesView({ engagementId, readOnly }: { engagementId: string; readOnly: boolean }) {
  const { t } = useTranslation('plan');
  const { t: tEmpty } = useTranslation('planEmpty');
  const { lang } = useUiLanguage();
  const actions = usePlanQuery(engagementId, 'action:list', { engagementId }).data ?? [];
  const providers = usePlanQuery(engagementId, 'provider:list', { engagementId }).data ?? [];
  const allQuotes = usePlanQuery(engagementId, 'quote:list', { engagementId, actionId: null }).data ?? [];
  const [actionId, setActionId] = useState('');
  const fallback = actionId || String(allQuotes[0]?.actionId ?? '');
  const id = fallback ? Number(fallback) : null;
  const comparison = usePlanQuery(engagementId, 'quote:compare', { engagementId, actionId: id ?? 1 }, [id]);
  const select = usePlanMutation(engagementId, 'quote:select');
  return (
    <div className="plan-quotes">
      <Select label={t('quotes.action')} value={fallback} onChange={setActionId} options={[{ value: '', label: t('quotes.pick') }, ...actions.map((a) => ({ value: String(a.id), label: a.title }))]} />
      {id === null && <p className="plan-hint">{tEmpty('pickAction')}</p>}
      {id !== null && comparison.data && (
        <>
          <p className="plan-hint" data-testid="quote-planned">{t('quotes.planned', { amount: euros(comparison.data.budgetPlannedCents, lang) })}</p>
          {comparison.data.quotes.length === 0 ? (
            <p className="plan-hint">{t('quotes.none')}</p>
          ) : (
            <div className="quote-grid" data-testid="quote-compare">
              {comparison.data.quotes.map((q) => (
                <Card key={q.id} title={q.providerName} className={q.isSelected ? 'quote quote--selected' : 'quote'} headingLevel={3}>
                  <p className="quote__amount">{euros(q.amountCents, lang)}</p>
                  <p className="quote__tags">
                    {q.cheapest && <Tag tone="success">{t('quotes.cheapest')}</Tag>}
                    {!q.cheapest && <Tag>{t('quotes.over', { amount: euros(q.overCheapestCents, lang) })}</Tag>}
                    {q.expired && <Tag tone="warning">{t('quotes.expired')}</Tag>}
                    {q.isSelected && <Tag tone="accent">{t('quotes.selected')}</Tag>}
                  </p>
                  <dl className="quote__facts">
                    <dt>{t('quotes.received')}</dt><dd>{formatDay(q.receivedOn, lang)}</dd>
                    <dt>{t('quotes.validUntil')}</dt><dd>{formatDay(q.validUntil, lang)}</dd>
                    {q.fileRef && (<><dt>{t('quotes.file')}</dt><dd>{q.fileRef}</dd></>)}
                  </dl>
                  {q.notes && <p className="quote__notes">{q.notes}</p>}
                  {!readOnly && !q.isSelected && (
                    <Button variant="primary" size="sm" onClick={() => select.mutate({ engagementId, id: q.id })}>{t('quotes.select')}</Button>
                  )}
                </Card>
              ))}
            </div>
          )}
          {!readOnly && <NewQuote engagementId={engagementId} actionId={id} providers={providers} />}
        </>
      )}
    </div>
  );
}

function NewQuote({ engagementId, actionId, providers }: { engagementId: string; actionId: number; providers: { id: number; company: string }[] }) {
  const { t } = useTranslation('plan');
  const [company, setCompany] = useState('');
  const [amount, setAmount] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const createProvider = usePlanMutation(engagementId, 'provider:create');
  const createQuote = usePlanMutation(engagementId, 'quote:create', () => { setCompany(''); setAmount(''); });
  const cents = parseEurosToCents(amount);
  const add = async () => {
    if (!company.trim() || cents === null || !Number.isFinite(cents)) return;
    const known = providers.find((p) => p.company.toLowerCase() === company.trim().toLowerCase());
    const providerId = known?.id ?? (await createProvider.mutateAsync({ engagementId, provider: { company } })).id;
    createQuote.mutate({ engagementId, actionId, quote: { providerId, amountCents: cents, validUntil: validUntil || null } });
  };
  return (
    <form className="plan-new plan-new--inline" onSubmit={(e) => { e.preventDefault(); void add(); }} aria-label={t('quotes.addQuote')}>
      <TextField label={t('quotes.provider')} value={company} onChange={setCompany} list="plan-providers" />
      <datalist id="plan-providers">{providers.map((p) => <option key={p.id} value={p.company} />)}</datalist>
      <TextField label={t('quotes.amount')} value={amount} onChange={setAmount} inputMode="decimal" />
      <DateField label={t('quotes.validUntil')} value={validUntil} onChange={setValidUntil} />
      <Button type="submit">{t('quotes.addQuote')}</Button>
    </form>
  );
}
