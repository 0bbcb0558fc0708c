import type { SectionDefinition } from './sectionTypes';

/**
 * The engagement's sections, in the method's order. A new section adds its own
 * folder under src/features/ and sets `load` on its line here; nothing else changes.
 */
export const SECTIONS: readonly SectionDefinition[] = [
  { id: 'overview', labelKey: 'sections.overview', load: () => import('../overview/OverviewSection') },
  { id: 'interview', labelKey: 'sections.interview', step: 1, load: () => import('../interview/InterviewSection') },
  { id: 'objectives', labelKey: 'sections.objectives', step: 2, load: () => import('../objectives/ObjectivesSection') },
  { id: 'audit', labelKey: 'sections.audit', step: 3, load: () => import('../audit/AuditSection') },
  { id: 'benchmark', labelKey: 'sections.benchmark', step: 4, load: () => import('../benchmark/BenchmarkSection') },
  { id: 'personas', labelKey: 'sections.personas', step: 5, load: () => import('../personas/PersonasSection') },
  { id: 'plan', labelKey: 'sections.plan', step: 6, load: () => import('../plan/PlanSection') },
  { id: 'deliverables', labelKey: 'sections.deliverables', step: 7, load: () => import('../deliverables/DeliverablesSection') },
];

export function findSection(id: string): SectionDefinition | undefined {
  return SECTIONS.find((section) => section.id === id);
}
