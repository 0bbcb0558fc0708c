export type Status = 'todo' | 'in_progress' | 'blocked' | 'done' | 'dropped';

/** One action of the sample plan. Budgets in euros HT: [planned, actual]. */
export interface DemoAction {
  title: string;
  description: string;
  channel: number | null;
  phase: number;
  owner: ['client' | 'consultant' | 'provider', string];
  provider?: number;
  dates: [string, string];
  milestone?: boolean;
  budget: [number, number];
  status: Status;
  priority: 'high' | 'medium' | 'low';
  kpi?: [string, number | null, number | null];
  objectives: number[];
  personas: number[];
  dependsOn?: number[];
}
