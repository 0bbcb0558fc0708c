import type Database from 'better-sqlite3';
import type { UndoState } from '../../../src/shared/contract/undoContract';
import { sql } from './statements';

/** Tables whose changes are not the user's edits: settings counters (`meta`: ids never reused) and export history. */
const UNTRACKED = new Set(['meta', 'exports']);
/** How many edits can be undone in a row; older ones are forgotten. */
const MAX_STEPS = 100;

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface TableShape {
  name: string;
  columns: string[];
  /** The primary key's columns, or `rowid` for a table without one. */
  key: string[];
}

function tableShapes(db: Database.Database): TableShape[] {
  const tables = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  return tables
    .filter((name) => !UNTRACKED.has(name) && !name.startsWith('search_index'))
    .map((name) => {
      const info = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(name) as { name: string; pk: number }[];
      const key = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
      return { name, columns: info.map((column) => column.name), key: key.length ? key : ['rowid'] };
    });
}

const ref = (alias: string, column: string) => (column === 'rowid' ? `${alias}.rowid` : `${alias}.${q(column)}`);
/** SQL text, built inside the trigger, naming one row by its key: `"id"=12 AND …`. */
const where = (shape: TableShape, alias: string) =>
  shape.key.map((column) => `'${column === 'rowid' ? 'rowid' : q(column).replace(/'/g, "''")}=' || quote(${ref(alias, column)})`).join(" || ' AND ' || ");

/**
 * Temporary triggers (this connection only, never written to the file) that
 * record, for every row the app changes, the SQL statement that puts it back:
 * the technique of sqlite.org/undoredo.html, with updates restoring only the
 * columns that changed, so an untracked write in between (a draft autosave)
 * is not reverted along with an edit.
 */
function triggers(shape: TableShape): string {
  const t = `main.${q(shape.name)}`;
  const target = `main.${q(shape.name)}`.replace(/'/g, "''");
  const insertColumns = shape.key[0] === 'rowid' ? ['rowid', ...shape.columns] : shape.columns;
  const columnList = insertColumns.map((c) => (c === 'rowid' ? 'rowid' : q(c))).join(', ').replace(/'/g, "''");
  const values = insertColumns.map((c) => `quote(${ref('OLD', c)})`).join(" || ',' || ");
  const changed = shape.columns.map((c) => `OLD.${q(c)} IS NOT NEW.${q(c)}`);
  const sets = shape.columns.map((c) => `CASE WHEN OLD.${q(c)} IS NOT NEW.${q(c)} THEN ',${q(c).replace(/'/g, "''")}=' || quote(OLD.${q(c)}) ELSE '' END`).join(' || ');
  const name = (suffix: string) => q(`undo_${shape.name}_${suffix}`);
  return `
CREATE TEMP TRIGGER ${name('insert')} AFTER INSERT ON ${t} BEGIN
  INSERT INTO undo_log (sql) VALUES ('DELETE FROM ${target} WHERE ' || ${where(shape, 'NEW')});
END;
CREATE TEMP TRIGGER ${name('delete')} AFTER DELETE ON ${t} BEGIN
  INSERT INTO undo_log (sql) VALUES ('INSERT INTO ${target} (${columnList}) VALUES (' || ${values} || ')');
END;
CREATE TEMP TRIGGER ${name('update')} AFTER UPDATE ON ${t} WHEN ${changed.join(' OR ')} BEGIN
  INSERT INTO undo_log (sql) VALUES ('UPDATE ${target} SET ' || substr(${sets}, 2) || ' WHERE ' || ${where(shape, 'NEW')});
END;`;
}

/**
 * Undo and redo of an engagement's last edits, kept in the core so that every
 * write path is covered the same way (field autosaves, creations, deletions with
 * their cascades, links, reorderings) whatever screen made it, and so the
 * renderer never has to know how to revert anything. One API call that changes
 * the file = one step; undoing a step is itself one transaction, which records
 * the redo step. The log lives in the connection's TEMP schema: it ends with the
 * session (closing the engagement forgets it) and never reaches the file.
 *
 * Not covered: exports (their history is not an edit), changes made outside this
 * session (another window, the CLI), and anything before the engagement was opened.
 */
export class UndoLog {
  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TEMP TABLE undo_log (seq INTEGER PRIMARY KEY, step INTEGER, sql TEXT NOT NULL);
             CREATE TEMP TABLE undo_steps (step INTEGER PRIMARY KEY, stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')), label TEXT NOT NULL);
             CREATE INDEX temp.undo_log_by_step ON undo_log (step, seq);`);
    for (const shape of tableShapes(db)) db.exec(triggers(shape));
  }

  /**
   * Ends a write transaction's recording: an edit (`label`, its API method)
   * becomes one undo step and clears what could be redone; a write that is not
   * an edit (`null`: a draft saved while typing) leaves no trace.
   */
  seal(label: string | null): void {
    const recorded = sql(this.db, 'SELECT count(*) FROM undo_log WHERE step IS NULL').pluck().get() as number;
    if (!recorded) return;
    if (label === null) {
      sql(this.db, 'DELETE FROM undo_log WHERE step IS NULL').run();
      return;
    }
    this.clear('redo');
    this.push('undo', label);
    const oldest = sql(this.db, `SELECT step FROM undo_steps WHERE stack = 'undo' ORDER BY step DESC LIMIT 1 OFFSET ${MAX_STEPS}`).pluck().get() as number | undefined;
    if (oldest !== undefined) {
      sql(this.db, "DELETE FROM undo_log WHERE step IN (SELECT step FROM undo_steps WHERE stack = 'undo' AND step <= ?)").run(oldest);
      sql(this.db, "DELETE FROM undo_steps WHERE stack = 'undo' AND step <= ?").run(oldest);
    }
  }

  /** Reverts the last step of `from` and records its reverse on the other stack; call inside a write transaction. */
  revert(from: 'undo' | 'redo'): string | null {
    const step = sql(this.db, 'SELECT step, label FROM undo_steps WHERE stack = ? ORDER BY step DESC LIMIT 1').get(from) as { step: number; label: string } | undefined;
    if (!step) return null;
    const statements = sql(this.db, 'SELECT sql FROM undo_log WHERE step = ? ORDER BY seq DESC').pluck().all(step.step) as string[];
    sql(this.db, 'DELETE FROM undo_log WHERE step = ?').run(step.step);
    sql(this.db, 'DELETE FROM undo_steps WHERE step = ?').run(step.step);
    // Rows come back in reverse order; a parent and its children may cross, so keys are checked at commit.
    this.db.pragma('defer_foreign_keys = ON');
    for (const statement of statements) this.db.prepare(statement).run(); // texts vary: not cached
    this.push(from === 'undo' ? 'redo' : 'undo', step.label);
    return step.label;
  }

  state(): UndoState {
    const top = (stack: string) => (sql(this.db, 'SELECT label FROM undo_steps WHERE stack = ? ORDER BY step DESC LIMIT 1').pluck().get(stack) as string | undefined) ?? null;
    const undoLabel = top('undo');
    const redoLabel = top('redo');
    return { canUndo: undoLabel !== null, canRedo: redoLabel !== null, undoLabel, redoLabel };
  }

  private push(stack: 'undo' | 'redo', label: string): void {
    const { lastInsertRowid } = sql(this.db, 'INSERT INTO undo_steps (stack, label) VALUES (?, ?)').run(stack, label);
    sql(this.db, 'UPDATE undo_log SET step = ? WHERE step IS NULL').run(lastInsertRowid);
  }

  private clear(stack: 'undo' | 'redo'): void {
    sql(this.db, 'DELETE FROM undo_log WHERE step IN (SELECT step FROM undo_steps WHERE stack = ?)').run(stack);
    sql(this.db, 'DELETE FROM undo_steps WHERE stack = ?').run(stack);
  }
}
