import { NOTE_TAGS, type Guide, type GuideQuestion, type NoteTag } from '../../shared/model/interview';
import { foldTag } from '../../shared/noteTags';
import type { Filters } from './NoteFilters';
import type { UiNote } from './useCaptureSession';

/** Client-side filters over the session's notes (all already in memory): instant while typing. */
export function filterNotes(notes: UiNote[], filters: Filters): UiNote[] {
  const words = foldTag(filters.text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return notes.filter(
    (note) =>
      filters.tags.every((tag) => note.tags.includes(tag)) &&
      (filters.questionId === null || note.questionId === filters.questionId) &&
      words.every((word) => foldTag(note.body).includes(word)),
  );
}

export function countTags(notes: UiNote[]): Record<NoteTag, number> {
  const counts = Object.fromEntries(NOTE_TAGS.map((tag) => [tag, 0])) as Record<NoteTag, number>;
  for (const note of notes) for (const tag of note.tags) counts[tag] += 1;
  return counts;
}

export function countQuestions(notes: UiNote[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const note of notes) if (note.questionId !== null) counts[note.questionId] = (counts[note.questionId] ?? 0) + 1;
  return counts;
}

/** Questions in guide order with their display number (Q1, Q2…). */
export function numberedQuestions(guide: Guide | null): { question: GuideQuestion; number: number }[] {
  return (guide?.sections ?? []).flatMap((s) => s.questions).map((question, i) => ({ question, number: i + 1 }));
}
