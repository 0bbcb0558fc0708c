import { useTranslation } from 'react-i18next';
import { NOTE_TAGS, type NoteTag } from '../../shared/model/interview';
import { SHORTCUT_TAGS } from '../../shared/noteTags';

export interface Filters {
  tags: NoteTag[];
  questionId: number | null;
  text: string;
}

export const NO_FILTERS: Filters = { tags: [], questionId: null, text: '' };

interface NoteFiltersProps {
  filters: Filters;
  counts: Record<NoteTag, number>;
  shown: number;
  total: number;
  questionLabel: string | null;
  onChange: (filters: Filters) => void;
}

/** Tag chips with their counts (the Alt+digit shortcut shown on each), a search box, the question filter. */
export function NoteFilters({ filters, counts, shown, total, questionLabel, onChange }: NoteFiltersProps) {
  const { t } = useTranslation('interview');
  const toggle = (tag: NoteTag) =>
    onChange({ ...filters, tags: filters.tags.includes(tag) ? filters.tags.filter((x) => x !== tag) : [...filters.tags, tag] });
  const active = filters.tags.length > 0 || filters.questionId !== null || filters.text !== '';
  return (
    <div className="note-filters" role="group" aria-label={t('filters.label')}>
      <input
        type="search"
        className="ui-input note-filters__search"
        aria-label={t('filters.search')}
        placeholder={t('filters.search')}
        value={filters.text}
        onChange={(event) => onChange({ ...filters, text: event.target.value })}
      />
      <div className="note-filters__chips">
        {NOTE_TAGS.map((tag) => {
          const shortcut = SHORTCUT_TAGS.indexOf(tag);
          return (
            <button
              key={tag}
              type="button"
              className={`note-filters__chip tag-${tag}`}
              aria-pressed={filters.tags.includes(tag)}
              disabled={counts[tag] === 0 && !filters.tags.includes(tag)}
              title={shortcut >= 0 ? `Alt+${shortcut + 1}` : undefined}
              onClick={() => toggle(tag)}
            >
              {t(`tags.${tag}`)} <span className="note-filters__count">{counts[tag]}</span>
            </button>
          );
        })}
      </div>
      <div className="note-filters__status">
        {questionLabel && (
          <span className="note-filters__question">{t('filters.question', { question: questionLabel })}</span>
        )}
        {active && (
          <>
            <span>{t('filters.shown', { shown, total })}</span>
            <button type="button" className="note-filters__clear" onClick={() => onChange(NO_FILTERS)}>
              {t('filters.clear')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
