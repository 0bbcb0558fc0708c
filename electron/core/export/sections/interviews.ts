import { Paragraph, TextRun } from 'docx';
import type { Block } from '../kit/document';
import { bullets, emptyNote, h1, h2, h3, labelled, p } from '../kit/blocks';
import type { Ctx } from '../kit/context';
import type { NoteTag, SnapshotSession } from '../snapshot';

const byTag = (session: SnapshotSession, tag: NoteTag) => session.notes.filter((n) => n.tags.includes(tag)).map((n) => n.body);

function sessionBlocks(ctx: Ctx, session: SnapshotSession, heading: (text: string) => Paragraph): Block[] {
  const L = ctx.L.interview;
  const out: Block[] = [heading(session.title)];
  const when = [session.heldOn ? ctx.fmt.date(session.heldOn) : '', session.startTime ?? ''].filter(Boolean).join(', ');
  if (when) out.push(labelled(ctx, L.date, when));
  if (session.durationMinutes) out.push(labelled(ctx, L.duration, L.minutes(session.durationMinutes)));
  out.push(labelled(ctx, L.mode, `${L.modes[session.mode]}${session.location ? ` — ${session.location}` : ''}`));
  if (session.participants.length) {
    out.push(labelled(ctx, L.participants, session.participants.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)).join(', ')));
  }
  if (session.summary) out.push(p(ctx, session.summary));
  const lists: [string, string[]][] = [
    [L.decisions, byTag(session, 'decision')],
    [L.needs, byTag(session, 'need')],
    [L.nextSteps, byTag(session, 'next_step')],
  ];
  for (const [title, items] of lists) {
    out.push(h3(ctx, title));
    out.push(...(items.length ? bullets(ctx, items) : [emptyNote(ctx)]));
  }
  out.push(h3(ctx, L.notesByQuestion));
  if (!session.notes.length) out.push(emptyNote(ctx));
  // One group per question, in the order questions first appear; notes under no question come last.
  const groups = new Map<string | null, string[]>();
  for (const note of session.notes) {
    const question = note.question ?? null;
    groups.set(question, [...(groups.get(question) ?? []), note.body]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(a === null) - Number(b === null));
  for (const [question, bodies] of ordered) {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 160, after: 60 },
        children: [new TextRun({ text: ctx.fmt.text(question ?? L.otherNotes), bold: true, color: ctx.theme.primary })],
      }),
    );
    out.push(...bullets(ctx, bodies));
  }
  return out;
}

/** Standalone minutes: one chapter per interview session. */
export function interviewMinutes(ctx: Ctx): Block[] {
  const sessions = ctx.snap.interviews.sessions;
  if (!sessions.length) return [h1(ctx, ctx.L.sections.interviews), emptyNote(ctx)];
  return sessions.flatMap((session, index) => sessionBlocks(ctx, session, (text) => h1(ctx, text, { newPage: index > 0 })));
}

/** Inside the full report: one sub-section per session, under « Entretiens découverte ». */
export function interviewsSection(ctx: Ctx): Block[] {
  const sessions = ctx.snap.interviews.sessions;
  const out: Block[] = [h1(ctx, ctx.L.sections.interviews, { newPage: true })];
  if (!sessions.length) return [...out, emptyNote(ctx)];
  for (const session of sessions) out.push(...sessionBlocks(ctx, session, (text) => h2(ctx, text)));
  return out;
}
