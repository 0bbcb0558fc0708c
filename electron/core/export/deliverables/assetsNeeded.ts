import type { DeliverableKind } from '../../../../src/shared/model/deliverables';
import type { ChartFamily } from '../charts/buildCharts';
import { SCREENSHOTS_PER_CHANNEL } from '../sections/audit';
import type { EngagementSnapshot } from '../snapshot';

type ImageFamily = 'auditScreenshots' | 'personaPhotos';

/**
 * The charts and pictures each deliverable's sections show (see catalog.ts), so an export draws
 * and compresses only those: the interview minutes need none, and the audit's screenshots are
 * not worth compressing for a persona sheet. `tests/integration/assetsNeeded.test.ts` builds
 * each deliverable with these and with everything and compares the pictures.
 */
const NEEDS: Record<DeliverableKind, { charts: ChartFamily[]; images: ImageFamily[] }> = {
  interview: { charts: [], images: [] },
  audit: { charts: ['auditRadar'], images: ['auditScreenshots'] },
  benchmark: { charts: ['benchmark'], images: [] },
  personas: { charts: [], images: ['personaPhotos'] },
  plan: { charts: ['budget', 'timeline', 'kpi'], images: [] },
  specification: { charts: ['budget'], images: ['personaPhotos'] },
  strategy: { charts: ['auditRadar', 'benchmark', 'budget', 'timeline', 'kpi'], images: ['auditScreenshots', 'personaPhotos'] },
};

export function chartsNeeded(kinds: readonly DeliverableKind[]): Set<ChartFamily> {
  return new Set(kinds.flatMap((kind) => NEEDS[kind].charts));
}

/** Ids of the engagement's images the deliverables print: the client's logo on every cover, then what their sections show. */
export function imagesNeeded(snapshot: EngagementSnapshot, kinds: readonly DeliverableKind[]): Set<number> {
  const families = new Set(kinds.flatMap((kind) => NEEDS[kind].images));
  const ids = new Set<number>();
  const logo = snapshot.engagement.info.clientLogoImageId;
  if (logo !== null) ids.add(logo);
  if (families.has('personaPhotos')) for (const persona of snapshot.personas.personas) if (persona.photoImageId !== null) ids.add(persona.photoImageId);
  if (families.has('auditScreenshots')) for (const channel of snapshot.audit.channels) for (const image of channel.images.slice(0, SCREENSHOTS_PER_CHANNEL)) ids.add(image.imageId);
  return ids;
}
