import type { interviewContract } from '../../../../src/shared/contract/interviewContract';
import { AppError } from '../../../../src/shared/errors';
import { convertNotes, linkNoteToItem, unlinkNoteFromItem } from '../../domain/interview/convertNotes';
import * as guides from '../../domain/interview/guides';
import {
  coveredQuestionIds,
  createInterviewSession,
  deleteInterviewSession,
  getInterviewSession,
  listInterviewSessions,
  saveCaptureDraft,
  setCoverage,
  setParticipants,
  updateInterviewSession,
} from '../../domain/interview/interviewSessions';
import { buildMinutes } from '../../domain/interview/minutes';
import { listNotes } from '../../domain/interview/noteQueries';
import { captureNote, deleteNote, moveNote, restoreNote, toggleTag, updateNote } from '../../domain/interview/notes';
import { linksFrom, linksTo } from '../../domain/links';
import { GuideTemplates } from '../../workspace/guideTemplates';
import type { CallContext } from '../context';
import type { Handlers } from '../handlerTypes';

const session = (input: { engagementId: string }, ctx: CallContext) => ctx.sessions.get(input.engagementId);
const templates = (ctx: CallContext) => new GuideTemplates(ctx.workspace.dir);

export const interviewHandlers: Handlers<typeof interviewContract> = {
  'interview:listSessions': (input, ctx) => session(input, ctx).read((db) => listInterviewSessions(db)),
  'interview:createSession': (input, ctx) => session(input, ctx).write((db) => createInterviewSession(db, input.session, ctx.now())),
  'interview:updateSession': (input, ctx) => session(input, ctx).write((db) => updateInterviewSession(db, input.id, input.patch, ctx.now())),
  'interview:deleteSession': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deleteInterviewSession(db, input.id)) }),
  'interview:getSession': (input, ctx) =>
    session(input, ctx).read((db) => {
      const detail = getInterviewSession(db, input.id);
      return {
        session: detail,
        guide: detail.guideId === null ? null : guides.getGuide(db, detail.guideId),
        coveredQuestionIds: coveredQuestionIds(db, input.id),
        notes: listNotes(db, input.id, input.filter ?? {}),
      };
    }),
  'interview:setParticipants': (input, ctx) =>
    session(input, ctx).write((db) => setParticipants(db, input.sessionId, input.participants, ctx.now())),
  'interview:saveDraft': (input, ctx) => {
    session(input, ctx).write((db) => saveCaptureDraft(db, input.sessionId, input.draft));
    return { saved: true };
  },
  'interview:setCoverage': (input, ctx) =>
    session(input, ctx).write((db) => setCoverage(db, input.sessionId, input.questionId, input.covered, ctx.now())),
  'interview:minutes': (input, ctx) => session(input, ctx).read((db) => buildMinutes(db, input.sessionId)),

  'note:capture': (input, ctx) =>
    session(input, ctx).write((db) =>
      captureNote(
        db,
        { sessionId: input.sessionId, text: input.text, questionId: input.questionId ?? null, extraTags: input.tags ?? [], clearDraft: input.clearDraft ?? false },
        ctx.now(),
      ),
    ),
  'note:update': (input, ctx) => session(input, ctx).write((db) => updateNote(db, input.id, input.patch, ctx.now())),
  'note:tag': (input, ctx) => session(input, ctx).write((db) => toggleTag(db, input.id, input.tag, input.on, ctx.now())),
  'note:move': (input, ctx) => session(input, ctx).write((db) => moveNote(db, input.id, input.afterId, ctx.now())),
  'note:delete': (input, ctx) => session(input, ctx).write((db) => deleteNote(db, input.id, ctx.now())),
  'note:restore': (input, ctx) => session(input, ctx).write((db) => restoreNote(db, input.id, ctx.now())),
  'note:list': (input, ctx) => session(input, ctx).read((db) => listNotes(db, input.sessionId, input.filter ?? {})),
  'note:convert': (input, ctx) => {
    const { engagementId: _id, ...rest } = input;
    return session(input, ctx).write((db) => convertNotes(db, rest, ctx.now()));
  },
  'note:link': (input, ctx) => session(input, ctx).write((db) => linkNoteToItem(db, input.noteId, input.item, ctx.now())),
  'note:unlink': (input, ctx) => session(input, ctx).write((db) => unlinkNoteFromItem(db, input.noteId, input.item)),
  'trace:item': (input, ctx) => session(input, ctx).read((db) => ({ from: linksTo(db, input.kind, input.id), to: linksFrom(db, input.kind, input.id) })),

  'guide:list': (input, ctx) => session(input, ctx).read((db) => guides.listGuides(db)),
  'guide:get': (input, ctx) => session(input, ctx).read((db) => guides.getGuide(db, input.id)),
  'guide:rename': (input, ctx) => session(input, ctx).write((db) => guides.renameGuide(db, input.id, input.title)),
  'guide:addSection': (input, ctx) => session(input, ctx).write((db) => guides.addSection(db, input.guideId, input.title)),
  'guide:updateSection': (input, ctx) => session(input, ctx).write((db) => guides.updateSection(db, input.id, input.patch)),
  'guide:deleteSection': (input, ctx) => session(input, ctx).write((db) => guides.deleteSection(db, input.id)),
  'guide:addQuestion': (input, ctx) => session(input, ctx).write((db) => guides.addQuestion(db, input.sectionId, input.text, input.hint)),
  'guide:updateQuestion': (input, ctx) => session(input, ctx).write((db) => guides.updateQuestion(db, input.id, input.patch)),
  'guide:deleteQuestion': (input, ctx) => session(input, ctx).write((db) => guides.deleteQuestion(db, input.id)),
  'guide:fromTemplate': (input, ctx) => {
    const template = templates(ctx).get(input.templateId);
    if (!template) throw new AppError('NOT_FOUND', { what: `template ${input.templateId}` });
    return session(input, ctx).write((db) => guides.createGuideFromTemplate(db, template, ctx.now()));
  },
  'guideTemplate:list': (_input, ctx) => templates(ctx).list(),
  'guideTemplate:save': (input, ctx) => {
    const guide = session(input, ctx).read((db) => guides.getGuide(db, input.guideId));
    return templates(ctx).save({ name: input.name, lang: guide.lang, sections: guides.guideToTemplateSections(guide) }, ctx.now());
  },
  'guideTemplate:delete': (input, ctx) => ({ deleted: templates(ctx).delete(input.id) }),
};
