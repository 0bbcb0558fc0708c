import type { Migration } from './migration';

/** Calendar dates are 'YYYY-MM-DD' text, checked by SQLite's own date(). */
const date = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR date(${column}) IS ${column})`;
/** Booleans are 0/1 integers. */
const flag = (column: string, fallback = 0) => `${column} INTEGER NOT NULL DEFAULT ${fallback} CHECK (${column} IN (0, 1))`;
const text = (column: string) => `${column} TEXT NOT NULL DEFAULT ''`;
const position = 'position REAL NOT NULL DEFAULT 0';

/** Kinds of items that traceability links connect (note → objective → action …). */
export const LINK_KINDS_V1 = [
  'note',
  'objective',
  'finding',
  'recommendation',
  'competitor',
  'learning',
  'persona',
  'persona_trait',
  'action',
  'risk',
  'quote',
] as const;

const linkKindCheck = (column: string) => `${column} TEXT NOT NULL CHECK (${column} IN (${LINK_KINDS_V1.map((k) => `'${k}'`).join(', ')}))`;

/** Deleting an item removes the links that name it (links are polymorphic, so no FK). */
const unlinkOnDelete = (table: string, kind: string) => `
CREATE TRIGGER ${table}_unlink AFTER DELETE ON ${table} BEGIN
  DELETE FROM item_links
   WHERE (source_kind = '${kind}' AND source_id = OLD.id)
      OR (target_kind = '${kind}' AND target_id = OLD.id);
END;`;

/**
 * The whole domain, so that later editors add screens, not redesigns.
 * All tables are STRICT; amounts are integer cents (HT, EUR); timestamps are
 * integer milliseconds since the epoch.
 */
const SCHEMA = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE images (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  byte_size INTEGER NOT NULL CHECK (byte_size > 0),
  data BLOB NOT NULL,
  ${text('alt_text')},
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX images_by_hash ON images (sha256);

CREATE TABLE engagement (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uid TEXT NOT NULL,
  title TEXT NOT NULL,
  client_name TEXT NOT NULL,
  ${text('client_sector')},
  ${text('client_city')},
  ${text('client_website')},
  ${text('client_headcount')},
  ${text('client_description')},
  ${text('context')},
  ${date('start_date')},
  ${date('end_date')},
  budget_envelope_cents INTEGER CHECK (budget_envelope_cents IS NULL OR budget_envelope_cents >= 0),
  deliverable_lang TEXT NOT NULL DEFAULT 'fr' CHECK (deliverable_lang IN ('fr', 'en')),
  branding_profile_id TEXT,
  client_logo_image_id INTEGER REFERENCES images (id) ON DELETE SET NULL,
  ${text('confidentiality')},
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE stakeholders (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  ${text('role')},
  side TEXT NOT NULL DEFAULT 'client' CHECK (side IN ('client', 'consultant', 'provider', 'other')),
  ${text('email')},
  ${text('phone')},
  ${flag('is_approver')},
  ${text('notes')},
  ${position},
  created_at INTEGER NOT NULL
) STRICT;

-- Entretien découverte ------------------------------------------------------

CREATE TABLE interview_guides (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  lang TEXT NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'en')),
  ${text('template_key')},
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE guide_sections (
  id INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES interview_guides (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  ${position}
) STRICT;
CREATE INDEX guide_sections_by_guide ON guide_sections (guide_id, position);

CREATE TABLE guide_questions (
  id INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES guide_sections (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  ${text('hint')},
  ${position}
) STRICT;
CREATE INDEX guide_questions_by_section ON guide_questions (section_id, position);

CREATE TABLE interview_sessions (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  ${date('held_on')},
  start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 1440),
  mode TEXT NOT NULL DEFAULT 'onsite' CHECK (mode IN ('onsite', 'video', 'phone')),
  ${text('location')},
  ${text('summary')},
  guide_id INTEGER REFERENCES interview_guides (id) ON DELETE SET NULL,
  ${text('capture_draft')},
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE session_participants (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES interview_sessions (id) ON DELETE CASCADE,
  stakeholder_id INTEGER REFERENCES stakeholders (id) ON DELETE SET NULL,
  ${text('name')},
  ${text('role')},
  ${position}
) STRICT;
CREATE INDEX session_participants_by_session ON session_participants (session_id);
CREATE INDEX session_participants_by_stakeholder ON session_participants (stakeholder_id);

CREATE TABLE question_coverage (
  session_id INTEGER NOT NULL REFERENCES interview_sessions (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES guide_questions (id) ON DELETE CASCADE,
  covered_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, question_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX question_coverage_by_question ON question_coverage (question_id);

CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES interview_sessions (id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  question_id INTEGER REFERENCES guide_questions (id) ON DELETE SET NULL,
  ${position},
  captured_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX notes_by_session ON notes (session_id, position);
CREATE INDEX notes_by_question ON notes (question_id);

CREATE TABLE note_tags (
  note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  tag TEXT NOT NULL CHECK (tag IN ('need', 'objective', 'constraint', 'budget', 'deadline', 'competitor',
                                    'persona', 'risk', 'idea', 'decision', 'next_step')),
  PRIMARY KEY (note_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX note_tags_by_tag ON note_tags (tag, note_id);

-- Objectifs SMART et KPI ------------------------------------------------------

CREATE TABLE kpi_definitions (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  label_fr TEXT NOT NULL,
  label_en TEXT NOT NULL,
  ${text('definition_fr')},
  ${text('definition_en')},
  ${text('unit')},
  direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease', 'maintain')),
  ${flag('is_custom')}
) STRICT;

CREATE TABLE objectives (
  id INTEGER PRIMARY KEY,
  horizon TEXT NOT NULL DEFAULT 'short' CHECK (horizon IN ('short', 'medium', 'long')),
  ${position},
  statement TEXT NOT NULL,
  ${text('specific')},
  kpi_id INTEGER REFERENCES kpi_definitions (id) ON DELETE SET NULL,
  ${text('kpi_label')},
  baseline REAL,
  target REAL,
  ${text('unit')},
  direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease', 'maintain')),
  ${text('achievable')},
  ${text('realistic')},
  ${date('deadline')},
  ${text('owner')},
  owner_stakeholder_id INTEGER REFERENCES stakeholders (id) ON DELETE SET NULL,
  priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'achieved', 'dropped')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX objectives_by_horizon ON objectives (horizon, position);
CREATE INDEX objectives_by_kpi ON objectives (kpi_id);
CREATE INDEX objectives_by_owner ON objectives (owner_stakeholder_id);

CREATE TABLE kpi_measurements (
  id INTEGER PRIMARY KEY,
  objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  value REAL NOT NULL,
  measured_on TEXT NOT NULL CHECK (date(measured_on) IS measured_on),
  ${text('source')},
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX kpi_measurements_by_objective ON kpi_measurements (objective_id, measured_on);

-- Audit de présence digitale --------------------------------------------------

CREATE TABLE audit_channels (
  id INTEGER PRIMARY KEY,
  ${text('code')},
  name TEXT NOT NULL,
  ${text('network')},
  ${position},
  ${flag('enabled', 1)},
  ${text('summary')}
) STRICT;

CREATE TABLE audit_criteria (
  id INTEGER PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES audit_channels (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  ${position},
  score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 5),
  ${flag('not_applicable')},
  ${text('evidence')},
  ${text('evidence_url')},
  ${text('evidence_figures')},
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX audit_criteria_by_channel ON audit_criteria (channel_id, position);

CREATE TABLE audit_images (
  id INTEGER PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES audit_channels (id) ON DELETE CASCADE,
  criterion_id INTEGER REFERENCES audit_criteria (id) ON DELETE CASCADE,
  image_id INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
  ${text('caption')},
  ${position}
) STRICT;
CREATE INDEX audit_images_by_channel ON audit_images (channel_id);
CREATE INDEX audit_images_by_criterion ON audit_images (criterion_id);
CREATE INDEX audit_images_by_image ON audit_images (image_id);

CREATE TABLE audit_findings (
  id INTEGER PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES audit_channels (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('strength', 'improvement')),
  text TEXT NOT NULL,
  ${position}
) STRICT;
CREATE INDEX audit_findings_by_channel ON audit_findings (channel_id, kind, position);

CREATE TABLE recommendations (
  id INTEGER PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES audit_channels (id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  ${text('detail')},
  impact INTEGER NOT NULL DEFAULT 2 CHECK (impact BETWEEN 1 AND 3),
  effort INTEGER NOT NULL DEFAULT 2 CHECK (effort BETWEEN 1 AND 3),
  priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
  ${text('suggested_owner')},
  ${position}
) STRICT;
CREATE INDEX recommendations_by_channel ON recommendations (channel_id, position);

CREATE TABLE channel_metrics (
  id INTEGER PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES audit_channels (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  value REAL,
  ${text('unit')},
  ${date('read_on')},
  ${text('source')},
  ${position}
) STRICT;
CREATE INDEX channel_metrics_by_channel ON channel_metrics (channel_id, position);

CREATE TABLE swot_items (
  id INTEGER PRIMARY KEY,
  quadrant TEXT NOT NULL CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat')),
  text TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('audit', 'manual')),
  finding_id INTEGER REFERENCES audit_findings (id) ON DELETE SET NULL,
  ${flag('hidden')},
  ${position}
) STRICT;
CREATE INDEX swot_items_by_quadrant ON swot_items (quadrant, position);
CREATE INDEX swot_items_by_finding ON swot_items (finding_id);

-- Benchmark concurrentiel -----------------------------------------------------

CREATE TABLE competitors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  ${text('website')},
  ${text('positioning')},
  ${text('notes')},
  logo_image_id INTEGER REFERENCES images (id) ON DELETE SET NULL,
  ${position},
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX competitors_by_logo ON competitors (logo_image_id);

CREATE TABLE benchmark_scores (
  competitor_id INTEGER NOT NULL REFERENCES competitors (id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES audit_criteria (id) ON DELETE CASCADE,
  score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 5),
  ${flag('not_applicable')},
  ${text('note')},
  ${date('observed_on')},
  PRIMARY KEY (competitor_id, criterion_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX benchmark_scores_by_criterion ON benchmark_scores (criterion_id);

CREATE TABLE competitor_metrics (
  id INTEGER PRIMARY KEY,
  competitor_id INTEGER NOT NULL REFERENCES competitors (id) ON DELETE CASCADE,
  metric TEXT NOT NULL,
  ${text('network')},
  value REAL NOT NULL,
  ${text('unit')},
  ${text('period')},
  ${date('observed_on')},
  ${text('source')}
) STRICT;
CREATE INDEX competitor_metrics_by_competitor ON competitor_metrics (competitor_id, metric);

CREATE TABLE benchmark_learnings (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT 'good_practice' CHECK (kind IN ('good_practice', 'trend', 'threat', 'idea')),
  text TEXT NOT NULL,
  competitor_id INTEGER REFERENCES competitors (id) ON DELETE SET NULL,
  fit TEXT NOT NULL DEFAULT 'to_assess' CHECK (fit IN ('fits', 'adapt', 'not_for_client', 'to_assess')),
  ${text('judgement')},
  ${position}
) STRICT;
CREATE INDEX benchmark_learnings_by_competitor ON benchmark_learnings (competitor_id);

-- Personas --------------------------------------------------------------------

CREATE TABLE personas (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  photo_image_id INTEGER REFERENCES images (id) ON DELETE SET NULL,
  ${text('age_range')},
  ${text('job')},
  ${text('situation')},
  ${text('bio')},
  ${text('quote')},
  importance TEXT NOT NULL DEFAULT 'primary' CHECK (importance IN ('primary', 'secondary')),
  ${text('buying_behaviour')},
  journey_stage TEXT CHECK (journey_stage IS NULL OR journey_stage IN ('awareness', 'consideration', 'decision', 'loyalty')),
  ${position},
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX personas_by_photo ON personas (photo_image_id);

CREATE TABLE persona_traits (
  id INTEGER PRIMARY KEY,
  persona_id INTEGER NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('goal', 'frustration', 'motivation', 'objection')),
  text TEXT NOT NULL,
  ${position}
) STRICT;
CREATE INDEX persona_traits_by_persona ON persona_traits (persona_id, kind, position);

CREATE TABLE persona_platforms (
  id INTEGER PRIMARY KEY,
  persona_id INTEGER NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  channel_id INTEGER REFERENCES audit_channels (id) ON DELETE SET NULL,
  ${text('label')},
  ${position}
) STRICT;
CREATE INDEX persona_platforms_by_persona ON persona_platforms (persona_id);
CREATE INDEX persona_platforms_by_channel ON persona_platforms (channel_id);

CREATE TABLE objective_personas (
  objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  persona_id INTEGER NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, persona_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX objective_personas_by_persona ON objective_personas (persona_id);

-- Plan d'action et pilotage -----------------------------------------------------

CREATE TABLE phases (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  ${position},
  ${date('start_date')},
  ${date('end_date')}
) STRICT;

CREATE TABLE providers (
  id INTEGER PRIMARY KEY,
  company TEXT NOT NULL,
  ${text('contact_name')},
  ${text('email')},
  ${text('phone')},
  ${text('website')},
  ${text('skills')},
  ${text('notes')},
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  ${text('description')},
  channel_id INTEGER REFERENCES audit_channels (id) ON DELETE SET NULL,
  ${text('channel_label')},
  phase_id INTEGER REFERENCES phases (id) ON DELETE SET NULL,
  owner_kind TEXT NOT NULL DEFAULT 'consultant' CHECK (owner_kind IN ('client', 'consultant', 'provider')),
  ${text('owner_name')},
  provider_id INTEGER REFERENCES providers (id) ON DELETE SET NULL,
  ${date('start_date')},
  ${date('end_date')},
  ${flag('is_milestone')},
  budget_planned_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_planned_cents >= 0),
  budget_actual_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_actual_cents >= 0),
  status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'blocked', 'done', 'dropped')),
  priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
  ${text('kpi_label')},
  kpi_target REAL,
  kpi_actual REAL,
  ${position},
  kanban_position REAL NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
) STRICT;
CREATE INDEX actions_by_phase ON actions (phase_id, position);
CREATE INDEX actions_by_status ON actions (status, kanban_position);
CREATE INDEX actions_by_channel ON actions (channel_id);
CREATE INDEX actions_by_provider ON actions (provider_id);

CREATE TABLE action_objectives (
  action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, objective_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_objectives_by_objective ON action_objectives (objective_id);

CREATE TABLE action_personas (
  action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  persona_id INTEGER NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, persona_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_personas_by_persona ON action_personas (persona_id);

CREATE TABLE action_dependencies (
  action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  depends_on_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, depends_on_id),
  CHECK (action_id <> depends_on_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_dependencies_by_prerequisite ON action_dependencies (depends_on_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  provider_id INTEGER NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  ${date('received_on')},
  ${date('valid_until')},
  ${text('notes')},
  ${text('file_ref')},
  ${flag('is_selected')},
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX quotes_by_action ON quotes (action_id);
CREATE INDEX quotes_by_provider ON quotes (provider_id);

CREATE TABLE plan_approvals (
  id INTEGER PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'changes_requested', 'rejected')),
  ${date('submitted_on')},
  ${text('decided_by')},
  ${date('decided_on')},
  ${text('comment')},
  snapshot_json TEXT,
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE risks (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  ${text('description')},
  probability INTEGER NOT NULL DEFAULT 3 CHECK (probability BETWEEN 1 AND 5),
  impact INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
  ${text('mitigation')},
  ${text('owner')},
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mitigated', 'closed', 'occurred')),
  ${position},
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- Livrables et traçabilité ------------------------------------------------------

CREATE TABLE exports (
  id INTEGER PRIMARY KEY,
  deliverable TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  lang TEXT NOT NULL CHECK (lang IN ('fr', 'en')),
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  byte_size INTEGER NOT NULL DEFAULT 0,
  ${text('profile_id')},
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  sent_content_json TEXT,
  UNIQUE (deliverable, version)
) STRICT;

CREATE TABLE item_links (
  id INTEGER PRIMARY KEY,
  ${linkKindCheck('source_kind')},
  source_id INTEGER NOT NULL,
  ${linkKindCheck('target_kind')},
  target_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (source_kind, source_id, target_kind, target_id)
) STRICT;
CREATE INDEX item_links_by_target ON item_links (target_kind, target_id);

${unlinkOnDelete('notes', 'note')}
${unlinkOnDelete('objectives', 'objective')}
${unlinkOnDelete('audit_findings', 'finding')}
${unlinkOnDelete('recommendations', 'recommendation')}
${unlinkOnDelete('competitors', 'competitor')}
${unlinkOnDelete('benchmark_learnings', 'learning')}
${unlinkOnDelete('personas', 'persona')}
${unlinkOnDelete('persona_traits', 'persona_trait')}
${unlinkOnDelete('actions', 'action')}
${unlinkOnDelete('risks', 'risk')}
${unlinkOnDelete('quotes', 'quote')}
`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SCHEMA);
  },
};
