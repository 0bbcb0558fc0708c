import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { READY_MARKS, useReadyMark } from '../../app/perf/useReadyMark';
import type { ActionSortKey, ActionStatus, ActionTableQuery } from '../../shared/model/plan';
import { ACTION_STATUSES } from '../../shared/model/plan';
import { Loading, Select, TextField } from '../../ui';
import { ActionWarnings } from './ActionWarnings';
import { euros, formatDay } from './planFormat';
import { usePlanQuery } from './usePlan';
import { jumpKey } from '../../app/jump/jumpTarget';

const COLUMNS: { key: ActionSortKey; numeric?: boolean }[] = [
  { key: 'title' }, { key: 'phase' }, { key: 'channel' }, { key: 'owner' }, { key: 'startDate' }, { key: 'endDate' },
  { key: 'budgetPlanned', numeric: true }, { key: 'budgetActual', numeric: true }, { key: 'status' },
];
const ROW_HEIGHT = 44;

/** The plan as a sortable, filterable table; rows are virtualised so a plan of thousands scrolls smoothly. */
export function ActionTableView({ engagementId, onEdit }: { engagementId: string; onEdit: (id: number) => void }) {
  const { t } = useTranslation('plan');
  const { lang } = useUiLanguage();
  const [sort, setSort] = useState<NonNullable<ActionTableQuery['sort']>>({ key: 'startDate', dir: 'asc' });
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const query: ActionTableQuery = { sort, ...(text ? { text } : {}), ...(status ? { statuses: [status] } : {}) };
  const table = usePlanQuery(engagementId, 'action:table', { engagementId, query }, [query]);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.data?.rows ?? [];
  // TanStack Virtual returns fresh functions each render; the compiler skipping this component is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const toggle = (key: ActionSortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  useReadyMark(READY_MARKS.actionTable, items.length > 0);

  return (
    <div className="plan-table">
      <div className="plan-toolbar">
        <TextField label={t('table.search')} value={text} onChange={setText} className="plan-toolbar__search" />
        <Select<ActionStatus | ''>
          label={t('columns.status')}
          value={status}
          onChange={setStatus}
          options={[{ value: '', label: t('table.allStatuses') }, ...ACTION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
        />
        {table.data && <p className="plan-toolbar__count">{t('table.count', { shown: rows.length, total: table.data.total })}</p>}
      </div>
      {!table.data ? (
        <Loading label="…" />
      ) : (
        <div ref={scroller} className="plan-table__scroller" data-testid="action-table">
          <table className="ui-table plan-table__table" aria-rowcount={rows.length + 1}>
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? 'ui-table__numeric' : undefined} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    <button type="button" className="plan-table__sort" onClick={() => toggle(c.key)} title={t('table.sortBy', { column: t(`columns.${c.key}`) })}>
                      {t(`columns.${c.key}`)}
                      <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
              {items.map((item) => {
                const a = rows[item.index]!;
                return (
                  <tr key={a.id} style={{ height: ROW_HEIGHT }} className={a.late ? 'plan-row--late' : undefined} data-testid="action-row" data-jump={jumpKey('action', a.id)}>
                    <td className="plan-table__title">
                      <button type="button" className="plan-table__open" onClick={() => onEdit(a.id)} title={t('table.open')}>
                        {a.title}
                      </button>
                      <ActionWarnings action={a} compact />
                    </td>
                    <td>{a.phaseName || '—'}</td>
                    <td>{a.channel || '—'}</td>
                    <td>{a.providerName || a.ownerName || t(`owners.${a.ownerKind}`)}</td>
                    <td className="plan-table__date">{formatDay(a.startDate, lang)}</td>
                    <td className="plan-table__date">{formatDay(a.endDate, lang)}</td>
                    <td className="ui-table__numeric">{euros(a.budgetPlannedCents, lang)}</td>
                    <td className="ui-table__numeric">{euros(a.budgetActualCents, lang)}</td>
                    <td><span className={`plan-status plan-status--${a.status}`}>{t(`statuses.${a.status}`)}</span></td>
                  </tr>
                );
              })}
              {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
