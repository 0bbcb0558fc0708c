/** [key for the benchmark or '', label, score 0–5 or 'na', evidence, evidence url, figures]. */
export type Criterion = [string, string, number | 'na', string, string, string];

export interface Channel {
  id: number;
  code: string;
  name: string;
  network: string;
  summary: string;
  criteria: Criterion[];
}
