/** What a new engagement takes from a previous one: structure only, never the client's data. */
export interface CarryOver {
  /** The interview guides (sections and questions), without sessions or notes. */
  guide: boolean;
  /** The audit channels and their criteria, without scores, evidence or findings. */
  auditGrid: boolean;
  /** The KPI catalogue, custom indicators included; no objective, no measurement. */
  kpis: boolean;
  /** Which branding profile the deliverables use (the profile itself lives in the workspace). */
  branding: boolean;
}
