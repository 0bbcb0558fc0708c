import type Database from 'better-sqlite3';
import type { ItemRef, Minutes, Note, NoteTag } from '../../../../src/shared/model/interview';
import { getGuide } from './guides';
import { coveredQuestionIds, getInterviewSession } from './interviewSessions';
import { listNotes } from './noteQueries';

/**
 * The compte-rendu's content, read once: the export builder and the in-app view
 * both use it, so the deliverable and the screen cannot disagree.
 */
export function buildMinutes(db: Database.Database, sessionId: number): Minutes {
  const session = getInterviewSession(db, sessionId);
  const { notes } = listNotes(db, sessionId);
  const tagged = (tag: NoteTag): Note[] => notes.filter((note) => note.tags.includes(tag));
  const covered = new Set(coveredQuestionIds(db, sessionId));
  const guide = session.guideId === null ? null : getGuide(db, session.guideId);
  const coverage = (guide?.sections ?? [])
    .map((section) => ({
      section: section.title,
      questions: section.questions
        .map((question) => ({
          text: question.text,
          covered: covered.has(question.id),
          notes: notes.filter((note) => note.questionId === question.id),
        }))
        .filter((question) => question.covered || question.notes.length > 0),
    }))
    .filter((section) => section.questions.length > 0);

  const seen = new Set<string>();
  const outcomes: ItemRef[] = [];
  for (const note of notes) {
    for (const item of note.became) {
      const key = `${item.kind}:${item.id}`;
      if (!seen.has(key)) {
        seen.add(key);
        outcomes.push(item);
      }
    }
  }
  return {
    session,
    decisions: tagged('decision'),
    needs: tagged('need'),
    nextSteps: tagged('next_step'),
    objectives: tagged('objective'),
    constraints: [...new Set([...tagged('constraint'), ...tagged('budget'), ...tagged('deadline')])].sort((a, b) => a.position - b.position),
    risks: tagged('risk'),
    coverage,
    outcomes,
  };
}
