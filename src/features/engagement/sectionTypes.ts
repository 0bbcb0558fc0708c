import type { ComponentType } from 'react';
import type { EngagementOverview } from '../../shared/model/engagement';

/** What every section screen receives from the engagement shell. */
export interface SectionProps {
  engagementId: string;
  overview: EngagementOverview;
  readOnly: boolean;
}

export interface SectionDefinition {
  id: string;
  /** Key in the `engagement` namespace: the nav needs the label before the section loads. */
  labelKey: `sections.${string}`;
  /** The step of the method (1–7) this section is; the overview has none. */
  step?: number;
  /** The section's screen, loaded on demand; absent while the section is not built yet. */
  load?: () => Promise<{ default: ComponentType<SectionProps> }>;
}
