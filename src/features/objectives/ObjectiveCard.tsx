import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate, formatNumber } from '../../app/format/intl';
import { IconButton, TrashIcon } from '../../ui';
import { isLang } from '../../shared/lang';
import type { KpiDefinition, Objective, SmartLetter } from '../../shared/model/objectives';
import { ObjectiveEditor } from './ObjectiveEditor';
import type { ObjectivePatch } from './useObjectives';
import { jumpKey } from '../../app/jump/jumpTarget';

interface ObjectiveCardProps {
  objective: Objective;
  kpis: KpiDefinition[];
  readOnly: boolean;
  onPatch: (patch: ObjectivePatch) => Promise<unknown>;
  onMove: (step: -1 | 1) => void;
  onDelete: () => void;
}

const LETTERS: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

/** One objective: its SMART letters, a gentle hint, where it came from; expands into the editor. */
export function ObjectiveCard({ objective, kpis, readOnly, onPatch, onMove, onDelete }: ObjectiveCardProps) {
  const { t, i18n } = useTranslation('objectives');
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const [open, setOpen] = useState(false);
  const kpi = kpis.find((k) => k.id === objective.kpiId);
  const kpiLabel = kpi ? (lang === 'fr' ? kpi.labelFr : kpi.labelEn) : objective.kpiLabel;
  const figure = (value: number | null) => (value === null ? '…' : formatNumber(value, lang));
  const hints = objective.smart.hints;
  return (
    <li
      data-jump={jumpKey('objective', objective.id)}
      className={['objective', open && 'objective--open'].filter(Boolean).join(' ')}
      data-objective-id={objective.id}
      onKeyDown={(event) => {
        if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
          event.preventDefault();
          onMove(event.key === 'ArrowUp' ? -1 : 1);
        }
      }}
    >
      <div className="objective__head">
        <div className="objective__smart" aria-label={t('card.smart')}>
          {LETTERS.map((letter) => (
            <span key={letter} className={objective.smart.letters[letter] ? 'smart-letter smart-letter--ok' : 'smart-letter'} title={t(`letters.${letter}`)} aria-label={`${t(`letters.${letter}`)} ${objective.smart.letters[letter] ? '✓' : '…'}`}>
              {letter}
            </span>
          ))}
        </div>
        <div className="objective__text">
          <h3 className="objective__statement">{objective.statement}</h3>
          {(kpiLabel || objective.target !== null || objective.deadline) && (
            <p className="objective__measure">
              {[kpiLabel, objective.target !== null && `${figure(objective.baseline)} → ${figure(objective.target)} ${objective.unit}`.trim(), objective.deadline && formatIsoDate(objective.deadline, lang, 'medium')]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          {objective.sources.length > 0 && (
            <p className="objective__sources">
              {t('card.sources')}{' '}
              {objective.sources.map((source) => (
                <span key={source.id} className="objective__source" data-link={`${source.kind}:${source.id}`}>
                  {/* <q> takes the language's own quotation marks: « » in French, “ ” in English. */}
                  <q>{source.label}</q>
                </span>
              ))}
            </p>
          )}
          {hints.length > 0 && <p className="objective__hint">{t(`hints.${hints[0]!.code}`)}{hints.length > 1 ? ` (+${hints.length - 1})` : ''}</p>}
        </div>
        <div className="objective__actions">
          <span className={`objective__priority objective__priority--${objective.priority}`}>{t(`priorities.${objective.priority}`)}</span>
          {!readOnly && (
            <>
              <button type="button" className="objective__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
                {open ? t('card.close') : t('card.edit')}
              </button>
              <IconButton label={t('card.moveUp')} icon={<span aria-hidden="true">↑</span>} onClick={() => onMove(-1)} />
              <IconButton label={t('card.moveDown')} icon={<span aria-hidden="true">↓</span>} onClick={() => onMove(1)} />
              <IconButton label={t('card.delete')} icon={<TrashIcon />} tone="danger" onClick={onDelete} />
            </>
          )}
        </div>
      </div>
      {open && (
        <>
          {hints.length > 1 && (
            <ul className="objective__hints">
              {hints.map((hint) => (
                <li key={hint.code}>{t(`hints.${hint.code}`)}</li>
              ))}
            </ul>
          )}
          <ObjectiveEditor objective={objective} kpis={kpis} onPatch={onPatch} />
        </>
      )}
    </li>
  );
}
