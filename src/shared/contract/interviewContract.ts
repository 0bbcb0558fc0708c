import { z } from 'zod';
import type { Guide, GuideTemplate, InterviewSession, InterviewSessionSummary, ItemRef, Minutes, Note, NoteList, Participant, SessionDetail } from '../model/interview';
import { CONVERSION_KINDS, ITEM_KINDS, NOTE_TAGS } from '../model/interview';
import { method } from './define';
import { engagementId, isoDate, longText, requiredText, rowId, shortText } from './fields';

const noteTag = z.enum(NOTE_TAGS);
const horizon = z.enum(['short', 'medium', 'long']);
/** A note is a paragraph, not a document: 20 000 characters is plenty and keeps capture fast. */
const noteText = z.string().trim().min(1, 'note vide').max(20_000, '20 000 caractères au plus').transform((v) => longText.parse(v));

const sessionFields = z.object({
  title: requiredText('titre requis'),
  heldOn: isoDate.nullable(),
  startTime: z.string().regex(/^[0-2]\d:[0-5]\d$/, 'heure attendue au format HH:MM').nullable(),
  durationMinutes: z.number().int().min(0).max(1440).nullable(),
  mode: z.enum(['onsite', 'video', 'phone']),
  location: shortText,
  summary: longText,
  guideId: rowId.nullable(),
});

const noteFilter = z
  .object({
    tags: z.array(noteTag).max(NOTE_TAGS.length).optional(),
    questionId: z.union([rowId, z.literal('none')]).optional(),
    text: z.string().max(200).optional(),
  })
  .strict();

const itemRef = z.object({ kind: z.enum(CONVERSION_KINDS), id: rowId }).strict();
const templateId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const e = { engagementId };

export const interviewContract = {
  'interview:listSessions': method(z.object(e).strict()).returns<InterviewSessionSummary[]>(),
  'interview:createSession': method(
    z.object({ ...e, session: sessionFields.partial().required({ title: true }).strict() }).strict(),
  ).returns<InterviewSession>(),
  'interview:updateSession': method(z.object({ ...e, id: rowId, patch: sessionFields.partial().strict() }).strict()).returns<InterviewSession>(),
  'interview:deleteSession': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
  /** The capture screen in one call: session, guide, coverage, notes (filtered) and counts. */
  'interview:getSession': method(z.object({ ...e, id: rowId, filter: noteFilter.optional() }).strict()).returns<SessionDetail>(),
  'interview:setParticipants': method(
    z
      .object({
        ...e,
        sessionId: rowId,
        participants: z.array(z.object({ stakeholderId: rowId.nullable(), name: shortText, role: shortText }).strict()).max(50),
      })
      .strict(),
  ).returns<Participant[]>(),
  /** The unsent text of the capture box (debounced by the UI). */
  'interview:saveDraft': method(z.object({ ...e, sessionId: rowId, draft: z.string().max(20_000).transform((v) => longText.parse(v)) }).strict()).returns<{
    saved: true;
  }>(),
  'interview:setCoverage': method(z.object({ ...e, sessionId: rowId, questionId: rowId, covered: z.boolean() }).strict()).returns<number[]>(),
  'interview:minutes': method(z.object({ ...e, sessionId: rowId }).strict()).returns<Minutes>(),

  'note:capture': method(
    z
      .object({
        ...e,
        sessionId: rowId,
        text: noteText,
        questionId: rowId.nullable().optional(),
        tags: z.array(noteTag).max(NOTE_TAGS.length).optional(),
        clearDraft: z.boolean().optional(),
      })
      .strict(),
  ).returns<Note>(),
  'note:update': method(
    z.object({ ...e, id: rowId, patch: z.object({ body: noteText, questionId: rowId.nullable(), tags: z.array(noteTag).max(NOTE_TAGS.length) }).partial().strict() }).strict(),
  ).returns<Note>(),
  'note:tag': method(z.object({ ...e, id: rowId, tag: noteTag, on: z.boolean() }).strict()).returns<Note>(),
  'note:move': method(z.object({ ...e, id: rowId, afterId: rowId.nullable() }).strict()).returns<Note>(),
  'note:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ id: number; deletedAt: number }>(),
  'note:restore': method(z.object({ ...e, id: rowId }).strict()).returns<Note>(),
  'note:list': method(z.object({ ...e, sessionId: rowId, filter: noteFilter.optional() }).strict()).returns<NoteList>(),
  'note:convert': method(
    z
      .object({
        ...e,
        noteIds: z.array(rowId).min(1, 'au moins une note').max(100),
        into: z.enum(CONVERSION_KINDS),
        title: shortText.optional(),
        horizon: horizon.optional(),
        personaId: rowId.optional(),
        personaName: shortText.optional(),
        traitKind: z.enum(['goal', 'frustration', 'motivation', 'objection']).optional(),
      })
      .strict(),
  ).returns<ItemRef>(),
  'note:link': method(z.object({ ...e, noteId: rowId, item: itemRef }).strict()).returns<Note>(),
  'note:unlink': method(z.object({ ...e, noteId: rowId, item: itemRef }).strict()).returns<Note>(),
  /** Both directions of traceability for any item: where it came from, what it led to. */
  'trace:item': method(z.object({ ...e, kind: z.enum(ITEM_KINDS), id: rowId }).strict()).returns<{ from: ItemRef[]; to: ItemRef[] }>(),

  'guide:list': method(z.object(e).strict()).returns<Guide[]>(),
  'guide:get': method(z.object({ ...e, id: rowId }).strict()).returns<Guide>(),
  'guide:rename': method(z.object({ ...e, id: rowId, title: requiredText('titre requis') }).strict()).returns<Guide>(),
  'guide:addSection': method(z.object({ ...e, guideId: rowId, title: requiredText('titre requis') }).strict()).returns<Guide>(),
  'guide:updateSection': method(
    z.object({ ...e, id: rowId, patch: z.object({ title: requiredText('titre requis'), position: z.number().finite() }).partial().strict() }).strict(),
  ).returns<Guide>(),
  'guide:deleteSection': method(z.object({ ...e, id: rowId }).strict()).returns<Guide>(),
  'guide:addQuestion': method(z.object({ ...e, sectionId: rowId, text: requiredText('question requise'), hint: shortText.default('') }).strict()).returns<Guide>(),
  'guide:updateQuestion': method(
    z
      .object({
        ...e,
        id: rowId,
        patch: z.object({ text: requiredText('question requise'), hint: shortText, sectionId: rowId, position: z.number().finite() }).partial().strict(),
      })
      .strict(),
  ).returns<Guide>(),
  'guide:deleteQuestion': method(z.object({ ...e, id: rowId }).strict()).returns<Guide>(),
  /** Copies an app-level template into the engagement as a new guide. */
  'guide:fromTemplate': method(z.object({ ...e, templateId }).strict()).returns<Guide>(),
  'guideTemplate:list': method(z.object({}).strict()).returns<GuideTemplate[]>(),
  /** Saves an engagement's guide as a reusable app-level template. */
  'guideTemplate:save': method(z.object({ ...e, guideId: rowId, name: requiredText('nom requis') }).strict()).returns<GuideTemplate>(),
  'guideTemplate:delete': method(z.object({ id: templateId }).strict()).returns<{ deleted: boolean }>(),
};
