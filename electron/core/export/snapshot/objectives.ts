import type Database from 'better-sqlite3';
import { rows } from './rows';

export interface SnapshotObjective {
  id: number;
  horizon: 'short' | 'medium' | 'long';
  statement: string;
  specific: string;
  kpiLabel: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  direction: 'increase' | 'decrease' | 'maintain';
  achievable: string;
  realistic: string;
  deadline: string | null;
  owner: string;
  priority: 'high' | 'medium' | 'low';
  status: 'draft' | 'active' | 'achieved' | 'dropped';
  personaIds: number[];
  measurements: { value: number; measuredOn: string; source: string }[];
}

export interface ObjectivesPart {
  objectives: SnapshotObjective[];
}

export function readObjectivesPart(db: Database.Database): ObjectivesPart {
  const measurements = rows<{ objective_id: number; value: number; measured_on: string; source: string }>(
    db,
    'SELECT objective_id, value, measured_on, source FROM kpi_measurements ORDER BY measured_on, id',
  );
  const personas = rows<{ objective_id: number; persona_id: number }>(db, 'SELECT * FROM objective_personas');
  const list = rows<{
    id: number; horizon: SnapshotObjective['horizon']; statement: string; specific: string; kpi_label: string;
    def_fr: string | null; def_en: string | null; baseline: number | null; target: number | null; unit: string;
    direction: SnapshotObjective['direction']; achievable: string; realistic: string; deadline: string | null;
    owner: string; st_name: string | null; priority: SnapshotObjective['priority']; status: SnapshotObjective['status'];
  }>(
    db,
    `SELECT o.*, k.label_fr AS def_fr, k.label_en AS def_en, st.name AS st_name
       FROM objectives o
       LEFT JOIN kpi_definitions k ON k.id = o.kpi_id
       LEFT JOIN stakeholders st ON st.id = o.owner_stakeholder_id
      ORDER BY CASE o.horizon WHEN 'short' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, o.position, o.id`,
  );
  return {
    objectives: list.map((o) => ({
      id: o.id,
      horizon: o.horizon,
      statement: o.statement,
      specific: o.specific,
      kpiLabel: o.kpi_label || o.def_fr || '',
      baseline: o.baseline,
      target: o.target,
      unit: o.unit,
      direction: o.direction,
      achievable: o.achievable,
      realistic: o.realistic,
      deadline: o.deadline,
      owner: o.owner || o.st_name || '',
      priority: o.priority,
      status: o.status,
      personaIds: personas.filter((p) => p.objective_id === o.id).map((p) => p.persona_id),
      measurements: measurements
        .filter((m) => m.objective_id === o.id)
        .map((m) => ({ value: m.value, measuredOn: m.measured_on, source: m.source })),
    })),
  };
}
