// Builds the benchmark's engagements. Each starts from the sample mission written by the app
// itself (`orchestre demo`: every table filled with consistent French content through the store's
// own creation path), then grows by bulk inserts in one transaction — the same rows the editors
// write (interview notes with tags, actions with phases, channels, budgets and links, audit
// screenshots), with the search index kept by the schema's own triggers.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { actionDescription, actionTitle, captionText, clientName, noteText, pick, seededRandom } from './frenchText.mjs';
import { makeScreenshot } from './screenshots.mjs';

export const SIZES = {
  S: { notes: 200, actions: 30, images: 0 },
  M: { notes: 2_000, actions: 200, images: 0 },
  L: { notes: 10_000, actions: 1_000, images: 50 },
  XL: { notes: 50_000, actions: 2_000, images: 200 },
};

/** Notes per interview session: a long engagement has many sessions, not one endless one. */
const NOTES_PER_SESSION = 500;
const NOTE_TAGS = ['need', 'objective', 'constraint', 'budget', 'deadline', 'competitor', 'persona', 'risk', 'idea', 'decision', 'next_step'];
const STATUSES = ['todo', 'todo', 'in_progress', 'done', 'blocked', 'dropped'];
const DAY = 86_400_000;

const ids = (db, sql) => db.prepare(sql).pluck().all();
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Opens a bench copy for bulk writing (never how the app opens files: this is set-up, not measured). */
function openForSeeding(file) {
  const db = new Database(file);
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = ON');
  return db;
}

function renameEngagement(db, name, title) {
  db.prepare("DELETE FROM meta WHERE key LIKE 'demo.%'").run();
  db.prepare('UPDATE engagement SET uid = ?, client_name = ?, title = ? WHERE id = 1').run(crypto.randomUUID(), name, title);
}

function addNotes(db, random, count, now) {
  const existing = db.prepare('SELECT count(*) FROM notes').pluck().get();
  let missing = Math.max(0, count - existing);
  const guideId = db.prepare('SELECT id FROM interview_guides ORDER BY id LIMIT 1').pluck().get() ?? null;
  const questions = ids(db, 'SELECT id FROM guide_questions');
  const insertSession = db.prepare(
    "INSERT INTO interview_sessions (title, held_on, start_time, duration_minutes, mode, location, summary, guide_id, created_at, updated_at) VALUES (@title, @held_on, '09:30', 90, @mode, @location, @summary, @guide_id, @at, @at)",
  );
  const insertNote = db.prepare('INSERT INTO notes (session_id, body, question_id, position, captured_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertTag = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
  let sessionNumber = 0;
  while (missing > 0) {
    sessionNumber += 1;
    const heldOn = now - (400 - sessionNumber) * DAY;
    const sessionId = insertSession.run({
      title: `Atelier de suivi n° ${sessionNumber}`,
      held_on: isoDay(heldOn),
      mode: pick(random, ['onsite', 'video', 'phone']),
      location: pick(random, ['Siège, Lyon 2e', 'Visioconférence', 'Atelier de Villeurbanne']),
      summary: noteText(random),
      guide_id: guideId,
      at: heldOn,
    }).lastInsertRowid;
    const inThisSession = Math.min(NOTES_PER_SESSION, missing);
    for (let i = 0; i < inThisSession; i += 1) {
      const at = heldOn + i * 20_000;
      const questionId = questions.length && random() < 0.7 ? pick(random, questions) : null;
      const noteId = insertNote.run(sessionId, noteText(random), questionId, i + 1, at, at).lastInsertRowid;
      if (random() < 0.3) insertTag.run(noteId, pick(random, NOTE_TAGS));
    }
    missing -= inThisSession;
  }
}

function addActions(db, random, count, now) {
  const existing = db.prepare('SELECT count(*) FROM actions').pluck().get();
  const phases = ids(db, 'SELECT id FROM phases');
  const channels = ids(db, 'SELECT id FROM audit_channels');
  const providers = ids(db, 'SELECT id FROM providers');
  const objectives = ids(db, 'SELECT id FROM objectives');
  const personas = ids(db, 'SELECT id FROM personas');
  const insert = db.prepare(`INSERT INTO actions (title, description, channel_id, phase_id, owner_kind, owner_name, provider_id, start_date, end_date,
      budget_planned_cents, budget_actual_cents, status, priority, position, kanban_position, created_at, updated_at)
    VALUES (@title, @description, @channel_id, @phase_id, @owner_kind, @owner_name, @provider_id, @start_date, @end_date,
      @planned, @actual, @status, @priority, @position, @position, @at, @at)`);
  const linkObjective = db.prepare('INSERT OR IGNORE INTO action_objectives (action_id, objective_id) VALUES (?, ?)');
  const linkPersona = db.prepare('INSERT OR IGNORE INTO action_personas (action_id, persona_id) VALUES (?, ?)');
  for (let i = existing; i < count; i += 1) {
    const start = now + Math.floor(random() * 300 - 60) * DAY;
    const ownerKind = pick(random, ['consultant', 'client', 'provider']);
    const status = pick(random, STATUSES);
    const planned = Math.round(random() * 80) * 10_000;
    const actionId = insert.run({
      title: actionTitle(random),
      description: actionDescription(random),
      channel_id: channels.length && random() < 0.8 ? pick(random, channels) : null,
      phase_id: phases.length ? pick(random, phases) : null,
      owner_kind: ownerKind,
      owner_name: pick(random, ['Claire Dumas', 'Julien Martin', 'Sophie Bernard', 'Nicolas Girard']),
      provider_id: ownerKind === 'provider' && providers.length ? pick(random, providers) : null,
      start_date: isoDay(start),
      end_date: isoDay(start + Math.floor(random() * 40 + 1) * DAY),
      planned,
      actual: status === 'done' ? Math.round(planned * (0.8 + random() * 0.4)) : 0,
      status,
      priority: pick(random, ['high', 'medium', 'low']),
      position: i + 1,
      at: now - 30 * DAY,
    }).lastInsertRowid;
    if (objectives.length && random() < 0.6) linkObjective.run(actionId, pick(random, objectives));
    if (personas.length && random() < 0.4) linkPersona.run(actionId, pick(random, personas));
  }
}

async function addScreenshots(db, random, count, now) {
  const criteria = db.prepare('SELECT id, channel_id AS channelId FROM audit_criteria').all();
  const rows = [];
  for (let i = 0; i < count; i += 1) rows.push(await makeScreenshot(i, captionText(random), now));
  const insertImage = db.prepare('INSERT INTO images (sha256, mime, width, height, byte_size, data, alt_text, created_at) VALUES (@sha256, @mime, @width, @height, @byte_size, @data, @alt_text, @created_at)');
  const attach = db.prepare('INSERT INTO audit_images (channel_id, criterion_id, image_id, caption, position) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    rows.forEach((row, i) => {
      const imageId = insertImage.run(row).lastInsertRowid;
      const criterion = pick(random, criteria);
      attach.run(criterion.channelId, criterion.id, imageId, row.alt_text, 100 + i);
    });
  })();
  return rows.reduce((sum, row) => sum + row.byte_size, 0);
}

/** One engagement of a given size, copied from the demo file. Returns its path and what it holds. */
export async function generateEngagement(demoFile, folder, size, seed = 42) {
  const spec = SIZES[size];
  const file = path.join(folder, `Banc d’essai ${size}.orchestre`);
  fs.copyFileSync(demoFile, file);
  const random = seededRandom(seed + size.length);
  const db = openForSeeding(file);
  try {
    const now = db.prepare('SELECT updated_at FROM engagement WHERE id = 1').pluck().get();
    db.transaction(() => {
      renameEngagement(db, `Maison Bench ${size}`, `Stratégie digitale — banc d’essai ${size}`);
      addNotes(db, random, spec.notes, now);
      addActions(db, random, spec.actions, now);
    })();
    const imageBytes = spec.images ? await addScreenshots(db, random, spec.images, now) : 0;
    const counts = {
      notes: db.prepare('SELECT count(*) FROM notes').pluck().get(),
      actions: db.prepare('SELECT count(*) FROM actions').pluck().get(),
      images: db.prepare('SELECT count(*) FROM images').pluck().get(),
      imageBytes,
    };
    return { size, file, counts };
  } finally {
    db.close();
  }
}

/** A folder of `count` small engagements with distinct clients and notes; one in ten mentions « marqueterie ». */
export function generateFolder(demoFile, folder, count, seed = 7) {
  fs.mkdirSync(folder, { recursive: true });
  const random = seededRandom(seed);
  for (let i = 1; i <= count; i += 1) {
    const name = clientName(random, i);
    const file = path.join(folder, `${name}.orchestre`);
    fs.copyFileSync(demoFile, file);
    const db = openForSeeding(file);
    try {
      const now = db.prepare('SELECT updated_at FROM engagement WHERE id = 1').pluck().get();
      db.transaction(() => {
        renameEngagement(db, name, `Stratégie digitale ${2020 + (i % 7)}`);
        addNotes(db, random, 60, now);
        if (i % 10 === 0) {
          db.prepare('INSERT INTO notes (session_id, body, position, captured_at, updated_at) VALUES (1, ?, 999, ?, ?)').run(
            'Le client veut valoriser son atelier de marqueterie dans une série de vidéos courtes.',
            now,
            now,
          );
        }
      })();
    } finally {
      db.close();
    }
  }
  return folder;
}
