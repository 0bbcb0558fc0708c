import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Quote, QuoteComparison } from '../../../../src/shared/model/steering';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';

export type QuoteFields = Pick<Quote, 'providerId' | 'amountCents' | 'receivedOn' | 'validUntil' | 'notes' | 'fileRef'>;
const COLUMNS: Record<keyof QuoteFields, string> = {
  providerId: 'provider_id',
  amountCents: 'amount_cents',
  receivedOn: 'received_on',
  validUntil: 'valid_until',
  notes: 'notes',
  fileRef: 'file_ref',
};

interface QuoteRow {
  id: number;
  action_id: number;
  provider_id: number;
  company: string;
  amount_cents: number;
  received_on: string | null;
  valid_until: string | null;
  notes: string;
  file_ref: string;
  is_selected: number;
}
const toQuote = (r: QuoteRow): Quote => ({
  id: r.id, actionId: r.action_id, providerId: r.provider_id, providerName: r.company, amountCents: r.amount_cents,
  receivedOn: r.received_on, validUntil: r.valid_until, notes: r.notes, fileRef: r.file_ref, isSelected: r.is_selected === 1,
});
const SELECT = 'SELECT q.*, p.company FROM quotes q JOIN providers p ON p.id = q.provider_id';

/** Devis, for one action or all, cheapest first. */
export function listQuotes(db: Database.Database, actionId: number | null): Quote[] {
  const rows = actionId === null
    ? sql<[], QuoteRow>(db, `${SELECT} ORDER BY q.action_id, q.amount_cents, q.id`).all()
    : sql<[number], QuoteRow>(db, `${SELECT} WHERE q.action_id = ? ORDER BY q.amount_cents, q.id`).all(actionId);
  return rows.map(toQuote);
}

function getQuote(db: Database.Database, id: number): Quote {
  const row = sql<[number], QuoteRow>(db, `${SELECT} WHERE q.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `quote ${id}` });
  return toQuote(row);
}

export function createQuote(db: Database.Database, actionId: number, fields: Partial<QuoteFields> & { providerId: number; amountCents: number }, now: number): Quote {
  try {
    const id = Number(
      sql(db, 'INSERT INTO quotes (action_id, provider_id, amount_cents, created_at) VALUES (?, ?, ?, ?)').run(actionId, fields.providerId, fields.amountCents, now).lastInsertRowid,
    );
    updateColumns(db, 'quotes', COLUMNS, fields, { id });
    return getQuote(db, id);
  } catch (error) {
    if (error instanceof Error && /FOREIGN KEY/.test(error.message)) throw new AppError('NOT_FOUND', { what: 'action or provider' });
    throw error;
  }
}

export function updateQuote(db: Database.Database, id: number, patch: Partial<QuoteFields>): Quote {
  getQuote(db, id);
  updateColumns(db, 'quotes', COLUMNS, patch, { id });
  return getQuote(db, id);
}

export function deleteQuote(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM quotes WHERE id = ?').run(id).changes > 0;
}

/** Side by side: which is cheapest, which has expired, how far each is above the cheapest. */
export function compareQuotes(db: Database.Database, actionId: number, today: string): QuoteComparison {
  const action = sql<[number], { title: string; budget_planned_cents: number }>(db, 'SELECT title, budget_planned_cents FROM actions WHERE id = ?').get(actionId);
  if (!action) throw new AppError('NOT_FOUND', { what: `action ${actionId}` });
  const quotes = listQuotes(db, actionId);
  const cheapest = Math.min(...quotes.map((q) => q.amountCents));
  return {
    actionId,
    actionTitle: action.title,
    budgetPlannedCents: action.budget_planned_cents,
    quotes: quotes.map((q) => ({ ...q, cheapest: q.amountCents === cheapest, expired: q.validUntil !== null && q.validUntil < today, overCheapestCents: q.amountCents - cheapest })),
  };
}

/**
 * Picking a quote: it becomes the only selected one for its action, and the action
 * is given to that provider with the quote's amount as planned budget.
 */
export function selectQuote(db: Database.Database, id: number, now: number): Quote {
  const quote = getQuote(db, id);
  sql(db, 'UPDATE quotes SET is_selected = (id = ?) WHERE action_id = ?').run(id, quote.actionId);
  sql(db, `UPDATE actions SET provider_id = ?, owner_kind = 'provider', owner_name = ?, budget_planned_cents = ?, updated_at = ? WHERE id = ?`).run(
    quote.providerId, quote.providerName, quote.amountCents, now, quote.actionId,
  );
  return getQuote(db, id);
}
