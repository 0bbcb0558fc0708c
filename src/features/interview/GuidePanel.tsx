import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../shared/model/interview';

interface GuidePanelProps {
  guide: Guide;
  covered: Set<number>;
  currentQuestionId: number | null;
  questionCounts: Record<number, number>;
  filterQuestionId: number | null;
  onCover: (questionId: number, covered: boolean) => void;
  onCurrent: (questionId: number | null) => void;
  onFilter: (questionId: number | null) => void;
  /** An action in the panel's header (« Modifier le guide »). */
  headerAction?: ReactNode;
}

/** The guide beside the notes: tick what was covered, pick the question new notes go under. */
export function GuidePanel({ guide, covered, currentQuestionId, questionCounts, filterQuestionId, onCover, onCurrent, onFilter, headerAction }: GuidePanelProps) {
  const { t } = useTranslation('interview');
  const total = guide.sections.reduce((n, s) => n + s.questions.length, 0);
  // Questions are numbered across sections (Q1…Qn), as in the printed guide.
  const numbers = new Map(guide.sections.flatMap((section) => section.questions).map((question, index) => [question.id, index + 1]));
  return (
    <aside className="guide-panel" aria-label={t('guide.title')}>
      <header className="guide-panel__header">
        <div className="guide-panel__heading">
          <h2 className="guide-panel__title">{t('guide.title')}</h2>
          {headerAction}
        </div>
        <p className="guide-panel__progress">{t('guide.covered', { covered: covered.size, total })}</p>
        <div className="guide-panel__bar" aria-hidden="true">
          <span style={{ width: `${total ? (covered.size / total) * 100 : 0}%` }} />
        </div>
      </header>
      <div className="guide-panel__body">
        {guide.sections.map((section) => (
          <section key={section.id} className="guide-section">
            <h3 className="guide-section__title">{section.title}</h3>
            <ol className="guide-section__questions">
              {section.questions.map((question) => {
                const number = numbers.get(question.id) ?? 0;
                const count = questionCounts[question.id] ?? 0;
                const isCurrent = question.id === currentQuestionId;
                return (
                  <li key={question.id} className={['guide-question', isCurrent && 'guide-question--current', covered.has(question.id) && 'guide-question--covered'].filter(Boolean).join(' ')}>
                    <input
                      type="checkbox"
                      className="guide-question__tick"
                      checked={covered.has(question.id)}
                      aria-label={`${t('guide.tick')} : Q${number}`}
                      onChange={(event) => onCover(question.id, event.target.checked)}
                    />
                    <button
                      type="button"
                      className="guide-question__text"
                      aria-pressed={isCurrent}
                      title={t('guide.select')}
                      onClick={() => onCurrent(isCurrent ? null : question.id)}
                    >
                      <span className="guide-question__number">Q{number}</span> {question.text}
                      {question.hint && <span className="guide-question__hint">{question.hint}</span>}
                    </button>
                    {count > 0 && (
                      <button
                        type="button"
                        className="guide-question__count"
                        aria-pressed={filterQuestionId === question.id}
                        aria-label={t('guide.notesCount', { count })}
                        onClick={() => onFilter(filterQuestionId === question.id ? null : question.id)}
                      >
                        {count}
                      </button>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </aside>
  );
}
