import type { Lang } from '../../../src/shared/lang';
import type { DeliverableKind } from '../../../src/shared/model/deliverables';
import type { BrandingProfile } from '../../../src/shared/model/workspace';
import { buildCharts } from './charts/buildCharts';
import { chartsNeeded, imagesNeeded } from './deliverables/assetsNeeded';
import { buildDeliverable } from './deliverables/buildDeliverable';
import { Fmt } from './kit/format';
import { labelsFor } from './kit/labels';
import { prepareDataUrl, prepareImages } from './kit/prepareImages';
import { themeFromProfile } from './kit/theme';
import type { EngagementSnapshot } from './snapshot';

export interface BuildRequest {
  snapshot: EngagementSnapshot;
  profile: BrandingProfile;
  lang: Lang;
  issuedOn: string;
  items: { kind: DeliverableKind; version: number }[];
}

export type BuildProgress = (progress: number, step: string) => void;

/** The charts and images the deliverables show, once, then each deliverable. Runs in the export worker (see worker.ts). */
export async function buildAll(request: BuildRequest, onProgress: BuildProgress = () => {}): Promise<{ kind: DeliverableKind; data: Buffer }[]> {
  const theme = themeFromProfile(request.profile);
  const kinds = request.items.map((item) => item.kind);
  onProgress(0.05, 'export.step.images');
  const [images, consultantLogo] = await Promise.all([prepareImages(request.snapshot, imagesNeeded(request.snapshot, kinds)), prepareDataUrl(request.profile.logoDataUrl)]);
  onProgress(0.15, 'export.step.charts');
  const charts = await buildCharts(request.snapshot, theme, new Fmt(request.lang), labelsFor(request.lang), chartsNeeded(kinds));
  const assets = { charts, images, consultantLogo };
  const out: { kind: DeliverableKind; data: Buffer }[] = [];
  for (const [index, item] of request.items.entries()) {
    onProgress(0.3 + (0.65 * index) / request.items.length, `export.step.${item.kind}`);
    out.push({ kind: item.kind, data: await buildDeliverable({ ...request, kind: item.kind, version: item.version, assets }) });
  }
  return out;
}
