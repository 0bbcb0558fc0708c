import type Database from 'better-sqlite3';
import { AppError } from '../../../src/shared/errors';
import type { Stakeholder, StakeholderSide } from '../../../src/shared/model/engagement';
import { sql } from '../store/statements';
import { updateColumns } from './patch';

interface StakeholderRow {
  id: number;
  name: string;
  role: string;
  side: StakeholderSide;
  email: string;
  phone: string;
  is_approver: number;
  notes: string;
}

const toStakeholder = (row: StakeholderRow): Stakeholder => ({
  id: row.id,
  name: row.name,
  role: row.role,
  side: row.side,
  email: row.email,
  phone: row.phone,
  isApprover: row.is_approver === 1,
  notes: row.notes,
});

export function listStakeholders(db: Database.Database): Stakeholder[] {
  return sql<[], StakeholderRow>(db, 'SELECT * FROM stakeholders ORDER BY position, id').all().map(toStakeholder);
}

export function getStakeholder(db: Database.Database, id: number): Stakeholder {
  const row = sql<[number], StakeholderRow>(db, 'SELECT * FROM stakeholders WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `stakeholder ${id}` });
  return toStakeholder(row);
}

export type StakeholderFields = Partial<Omit<Stakeholder, 'id'>> & { name: string };

export function createStakeholder(db: Database.Database, fields: StakeholderFields, now: number): Stakeholder {
  const next = sql<[], { p: number }>(db, 'SELECT coalesce(max(position), 0) + 1 AS p FROM stakeholders').get()?.p ?? 1;
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO stakeholders (name, role, side, email, phone, is_approver, notes, position, created_at)
     VALUES (@name, @role, @side, @email, @phone, @isApprover, @notes, @position, @now)`,
  ).run({
    name: fields.name,
    role: fields.role ?? '',
    side: fields.side ?? 'client',
    email: fields.email ?? '',
    phone: fields.phone ?? '',
    isApprover: fields.isApprover ? 1 : 0,
    notes: fields.notes ?? '',
    position: next,
    now,
  });
  return getStakeholder(db, Number(lastInsertRowid));
}

const COLUMNS: Record<string, string> = {
  name: 'name',
  role: 'role',
  side: 'side',
  email: 'email',
  phone: 'phone',
  isApprover: 'is_approver',
  notes: 'notes',
};

export function updateStakeholder(db: Database.Database, id: number, patch: Partial<Omit<Stakeholder, 'id'>>): Stakeholder {
  getStakeholder(db, id);
  updateColumns(db, 'stakeholders', COLUMNS, patch, { id });
  return getStakeholder(db, id);
}

export function deleteStakeholder(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM stakeholders WHERE id = ?').run(id).changes > 0;
}
