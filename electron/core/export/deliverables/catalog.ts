import type { DeliverableKind } from '../../../../src/shared/model/deliverables';
import type { Block } from '../kit/document';
import type { Ctx } from '../kit/context';
import { auditSection, recommendationsSection } from '../sections/audit';
import { benchmarkSection } from '../sections/benchmark';
import { contextSection } from '../sections/context';
import { interviewMinutes, interviewsSection } from '../sections/interviews';
import { objectivesSection } from '../sections/objectives';
import { personasSection } from '../sections/personas';
import { planSection } from '../sections/plan';
import { constraintsProvidersSection, planningSection, scopeSection } from '../sections/specification';
import { executiveSummary } from '../sections/summary';
import { swotSection } from '../sections/swot';
import { appendicesSection } from '../sections/traceability';

/** Each deliverable is an ordered list of sections; the kit adds cover, TOC, header and footer. */
export const DELIVERABLE_BODIES: Record<DeliverableKind, (ctx: Ctx) => Block[]> = {
  interview: (ctx) => interviewMinutes(ctx),
  audit: (ctx) => [
    ...executiveSummary(ctx, { objectives: false, plan: false }),
    ...auditSection(ctx),
    ...swotSection(ctx, { asChapter: true }),
    ...recommendationsSection(ctx),
  ],
  benchmark: (ctx) => benchmarkSection(ctx, { newPage: false }),
  personas: (ctx) => personasSection(ctx, { standalone: true }),
  plan: (ctx) => [
    ...executiveSummary(ctx, { diagnosis: false }),
    ...objectivesSection(ctx),
    ...planSection(ctx),
  ],
  specification: (ctx) => [
    ...contextSection(ctx),
    ...objectivesSection(ctx),
    ...personasSection(ctx),
    ...scopeSection(ctx),
    ...planningSection(ctx),
    ...constraintsProvidersSection(ctx),
  ],
  strategy: (ctx) => [
    ...executiveSummary(ctx),
    ...contextSection(ctx),
    ...interviewsSection(ctx),
    ...auditSection(ctx),
    ...swotSection(ctx),
    ...benchmarkSection(ctx),
    ...personasSection(ctx),
    ...objectivesSection(ctx),
    ...planSection(ctx),
    ...appendicesSection(ctx),
  ],
};
