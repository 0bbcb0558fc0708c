import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../app/format/intl';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { Button, EmptyState, Loading } from '../../ui';
import { isLang } from '../../shared/lang';
import type { Minutes, Note } from '../../shared/model/interview';

/** The compte-rendu in the app: the same data the Word export uses. */
export function MinutesView({ engagementId, sessionId, onTakeNotes }: { engagementId: string; sessionId: number; onTakeNotes: () => void }) {
  const { t, i18n } = useTranslation('interview');
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const query = useApiQuery(['interview:minutes', engagementId, sessionId], 'interview:minutes', { engagementId, sessionId }, { staleTime: 0 });
  if (!query.data) return <Loading label="…" />;
  const minutes: Minutes = query.data;
  const { session } = minutes;
  const themes = [minutes.decisions, minutes.nextSteps, minutes.needs, minutes.objectives, minutes.constraints, minutes.risks];
  const nothingYet = themes.every((notes) => notes.length === 0) && minutes.coverage.length === 0;
  const list = (title: string, notes: Note[]) => (
    <section className="minutes__block">
      <h3>{title}</h3>
      {notes.length ? (
        <ul>
          {notes.map((note) => (
            <li key={note.id}>{note.body}</li>
          ))}
        </ul>
      ) : (
        <p className="minutes__none">{t('minutes.none')}</p>
      )}
    </section>
  );
  return (
    <article className="minutes" aria-label={t('minutes.title')}>
      <header className="minutes__header">
        <h2>{session.title}</h2>
        {session.heldOn && <p>{t('minutes.held', { date: formatIsoDate(session.heldOn, lang) })}</p>}
        {session.participants.length > 0 && (
          <p>
            <strong>{t('minutes.participantsLabel')} </strong>
            {session.participants.map((p) => [p.name, p.role].filter(Boolean).join(', ')).join(' · ')}
          </p>
        )}
      </header>
      {/* No note yet: six « Rien de noté » blocks would read as a blank document. */}
      {nothingYet ? (
        <EmptyState title={t('minutes.emptyTitle')} headingLevel={3} actions={<Button variant="primary" onClick={onTakeNotes}>{t('minutes.takeNotes')}</Button>}>
          {t('minutes.emptyText')}
        </EmptyState>
      ) : (
        <div className="minutes__grid">
          {list(t('minutes.decisions'), minutes.decisions)}
          {list(t('minutes.nextSteps'), minutes.nextSteps)}
          {list(t('minutes.needs'), minutes.needs)}
          {list(t('minutes.objectives'), minutes.objectives)}
          {list(t('minutes.constraints'), minutes.constraints)}
          {list(t('minutes.risks'), minutes.risks)}
        </div>
      )}
      {minutes.coverage.length > 0 && (
        <section className="minutes__block">
          <h3>{t('minutes.coverage')}</h3>
          {minutes.coverage.map((section) => (
            <div key={section.section} className="minutes__section">
              <h4>{section.section}</h4>
              <ul>
                {section.questions.map((q) => (
                  <li key={q.text}>
                    <span className="minutes__question">{q.text}</span>
                    {q.notes.map((n) => (
                      <p key={n.id} className="minutes__answer">
                        {n.body}
                      </p>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {minutes.outcomes.length > 0 && (
        <section className="minutes__block">
          <h3>{t('minutes.outcomes')}</h3>
          <ul>
            {minutes.outcomes.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                {t(`kinds.${item.kind}`)} : {item.label}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
