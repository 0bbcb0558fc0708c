import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Guide, GuideQuestion, GuideSection, GuideTemplate } from '../../../../src/shared/model/interview';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';

interface GuideRow {
  id: number;
  title: string;
  lang: 'fr' | 'en';
  template_key: string;
}

export function listGuides(db: Database.Database): Guide[] {
  return sql<[], GuideRow>(db, 'SELECT * FROM interview_guides ORDER BY id')
    .all()
    .map((row) => getGuide(db, row.id));
}

export function getGuide(db: Database.Database, id: number): Guide {
  const row = sql<[number], GuideRow>(db, 'SELECT * FROM interview_guides WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `guide ${id}` });
  const questions = sql<[number], GuideQuestion & { section_id: number }>(
    db,
    `SELECT q.id, q.section_id, q.section_id AS sectionId, q.text, q.hint, q.position
       FROM guide_questions q JOIN guide_sections s ON s.id = q.section_id
      WHERE s.guide_id = ? ORDER BY q.position, q.id`,
  ).all(id);
  const sections: GuideSection[] = sql<[number], Omit<GuideSection, 'questions'>>(
    db,
    'SELECT id, title, position FROM guide_sections WHERE guide_id = ? ORDER BY position, id',
  )
    .all(id)
    .map((section) => ({
      ...section,
      questions: questions.filter((q) => q.section_id === section.id).map(({ id: qid, sectionId, text, hint, position }) => ({ id: qid, sectionId, text, hint, position })),
    }));
  return { id: row.id, title: row.title, lang: row.lang, templateKey: row.template_key, sections };
}

/** Copies a template into the engagement: the mission then owns and edits its copy. */
export function createGuideFromTemplate(db: Database.Database, template: GuideTemplate, now: number): Guide {
  const guideId = Number(
    sql(db, 'INSERT INTO interview_guides (title, lang, template_key, created_at) VALUES (?, ?, ?, ?)').run(template.name, template.lang, template.id, now)
      .lastInsertRowid,
  );
  template.sections.forEach((section, s) => {
    const sectionId = Number(sql(db, 'INSERT INTO guide_sections (guide_id, title, position) VALUES (?, ?, ?)').run(guideId, section.title, s + 1).lastInsertRowid);
    section.questions.forEach((question, i) => {
      sql(db, 'INSERT INTO guide_questions (section_id, text, hint, position) VALUES (?, ?, ?, ?)').run(sectionId, question.text, question.hint, i + 1);
    });
  });
  return getGuide(db, guideId);
}

/** The guide as a template's content (to save it at app level). */
export function guideToTemplateSections(guide: Guide): GuideTemplate['sections'] {
  return guide.sections.map((section) => ({ title: section.title, questions: section.questions.map(({ text, hint }) => ({ text, hint })) }));
}

export function renameGuide(db: Database.Database, id: number, title: string): Guide {
  getGuide(db, id);
  sql(db, 'UPDATE interview_guides SET title = ? WHERE id = ?').run(title, id);
  return getGuide(db, id);
}

function guideOfSection(db: Database.Database, sectionId: number): number {
  const guideId = sql<[number], number>(db, 'SELECT guide_id FROM guide_sections WHERE id = ?').pluck().get(sectionId);
  if (guideId === undefined) throw new AppError('NOT_FOUND', { what: `section ${sectionId}` });
  return guideId;
}

function guideOfQuestion(db: Database.Database, questionId: number): number {
  const guideId = sql<[number], number>(db, 'SELECT s.guide_id FROM guide_questions q JOIN guide_sections s ON s.id = q.section_id WHERE q.id = ?')
    .pluck()
    .get(questionId);
  if (guideId === undefined) throw new AppError('NOT_FOUND', { what: `question ${questionId}` });
  return guideId;
}

export function addSection(db: Database.Database, guideId: number, title: string): Guide {
  getGuide(db, guideId);
  const position = sql<[number], number>(db, 'SELECT coalesce(max(position), 0) + 1 FROM guide_sections WHERE guide_id = ?').pluck().get(guideId);
  sql(db, 'INSERT INTO guide_sections (guide_id, title, position) VALUES (?, ?, ?)').run(guideId, title, position);
  return getGuide(db, guideId);
}

export function updateSection(db: Database.Database, sectionId: number, patch: { title?: string; position?: number }): Guide {
  const guideId = guideOfSection(db, sectionId);
  updateColumns(db, 'guide_sections', { title: 'title', position: 'position' }, patch, { id: sectionId });
  return getGuide(db, guideId);
}

export function deleteSection(db: Database.Database, sectionId: number): Guide {
  const guideId = guideOfSection(db, sectionId);
  sql(db, 'DELETE FROM guide_sections WHERE id = ?').run(sectionId);
  return getGuide(db, guideId);
}

export function addQuestion(db: Database.Database, sectionId: number, text: string, hint: string): Guide {
  const guideId = guideOfSection(db, sectionId);
  const position = sql<[number], number>(db, 'SELECT coalesce(max(position), 0) + 1 FROM guide_questions WHERE section_id = ?').pluck().get(sectionId);
  sql(db, 'INSERT INTO guide_questions (section_id, text, hint, position) VALUES (?, ?, ?, ?)').run(sectionId, text, hint, position);
  return getGuide(db, guideId);
}

export function updateQuestion(
  db: Database.Database,
  questionId: number,
  patch: { text?: string; hint?: string; sectionId?: number; position?: number },
): Guide {
  const guideId = guideOfQuestion(db, questionId);
  if (patch.sectionId !== undefined && guideOfSection(db, patch.sectionId) !== guideId) {
    throw new AppError('NOT_FOUND', { what: `section ${patch.sectionId}` });
  }
  updateColumns(db, 'guide_questions', { text: 'text', hint: 'hint', sectionId: 'section_id', position: 'position' }, patch, { id: questionId });
  return getGuide(db, guideId);
}

/** Deleting a question keeps its notes (detached, by the schema's ON DELETE SET NULL). */
export function deleteQuestion(db: Database.Database, questionId: number): Guide {
  const guideId = guideOfQuestion(db, questionId);
  sql(db, 'DELETE FROM guide_questions WHERE id = ?').run(questionId);
  return getGuide(db, guideId);
}
