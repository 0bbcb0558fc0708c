import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, Loading, PageHeader, PlusIcon } from '../../ui';
import { HORIZONS, type Horizon, type Objective } from '../../shared/model/objectives';
import type { SectionProps } from '../engagement/sectionTypes';
import { ObjectiveCard } from './ObjectiveCard';
import './objectives.css';
import './objectivesMessages';
import { SmartSummaryCard } from './SmartSummaryCard';
import { useObjectives } from './useObjectives';
import { KpiCatalogueDialog } from './KpiCatalogueDialog';

/** « Objectifs »: grouped by horizon, reorderable (buttons or Alt+↑↓), each with its SMART editor. */
export default function ObjectivesSection({ engagementId, readOnly }: SectionProps) {
  const { t } = useTranslation('objectives');
  const { list, kpis, patch, create, remove, move } = useObjectives(engagementId);
  const firstInput = useRef<HTMLInputElement>(null);
  if (!list.data || !kpis.data) return <Loading label="…" />;
  const objectives = list.data;
  const byHorizon = (h: Horizon) => objectives.filter((o) => o.horizon === h);

  const onMove = (objective: Objective, step: -1 | 1) => {
    const group = byHorizon(objective.horizon);
    const index = group.findIndex((o) => o.id === objective.id);
    const h = HORIZONS.indexOf(objective.horizon);
    let horizon = objective.horizon;
    let afterId: number | null;
    if (step < 0 && index === 0) {
      if (h === 0) return;
      horizon = HORIZONS[h - 1]!;
      afterId = byHorizon(horizon).at(-1)?.id ?? null;
    } else if (step > 0 && index === group.length - 1) {
      if (h === HORIZONS.length - 1) return;
      horizon = HORIZONS[h + 1]!;
      afterId = null;
    } else {
      afterId = step < 0 ? (group[index - 2]?.id ?? null) : group[index + 1]!.id;
    }
    move.mutate({ engagementId, id: objective.id, horizon, afterId });
  };

  return (
    <div className="objectives">
      <PageHeader
        eyebrow={t('eyebrow')}
        title={t('title')}
        description={t('description')}
        actions={<KpiCatalogueDialog engagementId={engagementId} kpis={kpis.data ?? []} />}
      />
      {objectives.length === 0 ? (
        <EmptyState
          title={t('firstRun.title')}
          actions={!readOnly && <Button variant="primary" icon={<PlusIcon />} onClick={() => firstInput.current?.focus()}>{t('firstRun.action')}</Button>}
        >
          {t('firstRun.text')}
        </EmptyState>
      ) : (
        <SmartSummaryCard objectives={objectives} />
      )}
      {HORIZONS.map((horizon) => (
        <section key={horizon} className="horizon" aria-labelledby={`horizon-${horizon}`}>
          <h2 id={`horizon-${horizon}`} className="horizon__title">
            {t(`horizons.${horizon}`)} <span className="horizon__count">{byHorizon(horizon).length}</span>
          </h2>
          {byHorizon(horizon).length > 0 ? (
            <ol className="objective-list">
              {byHorizon(horizon).map((objective) => (
                <ObjectiveCard
                  key={objective.id}
                  objective={objective}
                  kpis={kpis.data}
                  readOnly={readOnly}
                  onPatch={(value) => patch(objective.id, value)}
                  onMove={(step) => onMove(objective, step)}
                  onDelete={() => remove.mutate({ engagementId, id: objective.id })}
                />
              ))}
            </ol>
          ) : (
            <p className="horizon__empty">{t('empty')}</p>
          )}
          {!readOnly && <NewObjective horizon={horizon} inputRef={horizon === HORIZONS[0] ? firstInput : undefined} onCreate={(statement) => create.mutate({ engagementId, objective: { statement, horizon } })} />}
        </section>
      ))}
    </div>
  );
}

function NewObjective({ horizon, inputRef, onCreate }: { horizon: Horizon; inputRef?: Ref<HTMLInputElement> | undefined; onCreate: (statement: string) => void }) {
  const { t } = useTranslation('objectives');
  const [text, setText] = useState('');
  return (
    <input
      ref={inputRef}
      className="ui-input horizon__new"
      aria-label={t('add.label', { horizon: t(`horizons.${horizon}`) })}
      placeholder={t('add.placeholder')}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && text.trim()) {
          onCreate(text.trim());
          setText('');
        }
      }}
    />
  );
}
