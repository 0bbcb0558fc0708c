import type { Lang } from '../../../../src/shared/lang';
import type { DeliverableKind } from '../../../../src/shared/model/deliverables';
import type { BrandingProfile } from '../../../../src/shared/model/workspace';
import { makeCtx, type ExportAssets } from '../kit/context';
import { assemble, toBuffer } from '../kit/document';
import { themeFromProfile } from '../kit/theme';
import type { EngagementSnapshot } from '../snapshot';
import { DELIVERABLE_BODIES } from './catalog';

export interface BuildInput {
  kind: DeliverableKind;
  lang: Lang;
  snapshot: EngagementSnapshot;
  profile: BrandingProfile;
  assets: ExportAssets;
  version: number;
  issuedOn: string;
}

/** A pure function of (snapshot, branding, language): the .docx bytes of one deliverable. */
export async function buildDeliverable(input: BuildInput): Promise<Buffer> {
  const ctx = makeCtx({
    kind: input.kind,
    lang: input.lang,
    snap: input.snapshot,
    theme: themeFromProfile(input.profile),
    assets: input.assets,
    version: input.version,
    issuedOn: input.issuedOn,
  });
  const body = DELIVERABLE_BODIES[input.kind](ctx);
  return toBuffer(assemble(ctx, body));
}
