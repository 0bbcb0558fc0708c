import type Database from 'better-sqlite3';
import type { EngagementInfo, Stakeholder } from '../../../../src/shared/model/engagement';
import { getEngagementInfo } from '../../domain/engagement';
import { bool, rows } from './rows';

export interface EngagementPart {
  info: EngagementInfo;
  stakeholders: Stakeholder[];
}

interface StakeholderRow {
  id: number;
  name: string;
  role: string;
  side: Stakeholder['side'];
  email: string;
  phone: string;
  is_approver: number;
  notes: string;
}

export function readEngagementPart(db: Database.Database): EngagementPart {
  const stakeholders = rows<StakeholderRow>(db, 'SELECT * FROM stakeholders ORDER BY position, id').map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role,
    side: row.side,
    email: row.email,
    phone: row.phone,
    isApprover: bool(row.is_approver),
    notes: row.notes,
  }));
  return { info: getEngagementInfo(db), stakeholders };
}
