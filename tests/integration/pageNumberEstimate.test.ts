import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELIVERABLE_KINDS, type DeliverableKind } from '../../src/shared/model/deliverables';
import type { Lang } from '../../src/shared/lang';
import type { BrandingProfile } from '../../src/shared/model/workspace';
import { writeDemoEngagement } from '../../electron/core/demo/writeDemoEngagement';
import { buildCharts } from '../../electron/core/export/charts/buildCharts';
import { DELIVERABLE_BODIES } from '../../electron/core/export/deliverables/catalog';
import { makeCtx, type ExportAssets } from '../../electron/core/export/kit/context';
import { assemble, toBuffer } from '../../electron/core/export/kit/document';
import { Fmt } from '../../electron/core/export/kit/format';
import { labelsFor } from '../../electron/core/export/kit/labels';
import { kitPageNumbers } from '../../electron/core/export/kit/pagination/estimator';
import { prepareDataUrl, prepareImages } from '../../electron/core/export/kit/prepareImages';
import { themeFromProfile } from '../../electron/core/export/kit/theme';
import { readSnapshot, type EngagementSnapshot } from '../../electron/core/export/snapshot';
import { DEFAULT_BRANDING } from '../../electron/core/workspace/defaultBranding';
import { tempDir } from '../helpers/tempDir';

/**
 * The export writes TOC and « Page X / Y » numbers from its own page estimate (kit/pagination),
 * because docx/layout — which lays any document out as Word does — takes seconds per hundred
 * pages. docx/layout stays the reference: on the demo's deliverables and on notes built to hit
 * the edge cases (long words, line breaks, emoji, paragraphs at the foot of a page), every
 * heading must land on the page docx/layout puts it on, and the page counts must agree.
 */
type Estimate = { bookmarks: ReadonlyMap<string, string>; pageCount?: number };

let snapshot: EngagementSnapshot;

beforeAll(() => {
  const file = writeDemoEngagement(tempDir());
  const db = new Database(file, { readonly: true });
  snapshot = readSnapshot(db);
  db.close();
  fs.rmSync(file, { force: true });
});

async function assetsFor(snap: EngagementSnapshot, profile: BrandingProfile, lang: Lang): Promise<ExportAssets> {
  const theme = themeFromProfile(profile);
  const [images, consultantLogo] = await Promise.all([prepareImages(snap), prepareDataUrl(profile.logoDataUrl)]);
  return { charts: await buildCharts(snap, theme, new Fmt(lang), labelsFor(lang)), images, consultantLogo };
}

async function estimateWith(kind: DeliverableKind, snap: EngagementSnapshot, profile: BrandingProfile, lang: Lang, assets: ExportAssets, estimator: (styles: never) => PageNumberEstimator): Promise<Estimate> {
  const ctx = makeCtx({ kind, lang, snap, theme: themeFromProfile(profile), assets, version: 1, issuedOn: '2026-11-23' });
  let estimate: Estimate | undefined;
  await toBuffer(
    assemble(ctx, DELIVERABLE_BODIES[kind](ctx), {
      pageNumbers: (styles) => {
        const inner = estimator(styles as never);
        return Object.assign((body: Parameters<PageNumberEstimator>[0], context: Parameters<PageNumberEstimator>[1]) => (estimate = inner(body, context)), { listNumbers: inner.listNumbers });
      },
    }),
  );
  return estimate!;
}

/** Heading pages in document order (bookmark names are numbered per build, so order is what compares). */
const inOrder = (estimate: Estimate) =>
  [...estimate.bookmarks].sort(([a], [b]) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, ''))).map(([, page]) => page);

async function expectSamePages(kind: DeliverableKind, snap: EngagementSnapshot, profile: BrandingProfile, lang: Lang, assets: ExportAssets) {
  const kit = await estimateWith(kind, snap, profile, lang, assets, (styles) => kitPageNumbers(styles));
  const word = await estimateWith(kind, snap, profile, lang, assets, () => estimatePageNumbersWith({ guess: true }));
  expect(inOrder(word).length, `${kind}: headings`).toBeGreaterThan(0);
  expect(inOrder(kit), `${kind} (${lang}, ${profile.bodyFont}): heading pages`).toEqual(inOrder(word));
  expect(kit.pageCount, `${kind}: page count`).toBe(word.pageCount);
}

describe('page numbers of the deliverables', () => {
  it('match docx/layout for every deliverable of the demo (French, Calibri)', { timeout: 180_000 }, async () => {
    const assets = await assetsFor(snapshot, DEFAULT_BRANDING, 'fr');
    for (const kind of DELIVERABLE_KINDS) await expectSamePages(kind, snapshot, DEFAULT_BRANDING, 'fr', assets);
  });

  it('match docx/layout in English with serif fonts (Georgia headings, Cambria text)', { timeout: 180_000 }, async () => {
    const profile: BrandingProfile = { ...DEFAULT_BRANDING, headingFont: 'Georgia', bodyFont: 'Cambria' };
    const assets = await assetsFor(snapshot, profile, 'en');
    await expectSamePages('strategy', snapshot, profile, 'en', assets);
  });

  it('match docx/layout on interview minutes full of line-breaking edge cases', { timeout: 180_000 }, async () => {
    const session = snapshot.interviews.sessions[0]!;
    const template = session.notes[0]!;
    const bodies = Array.from({ length: 180 }, (_, i) => {
      const words = 'la cliente souhaite relancer sa newsletter mensuelle avant les salons professionnels du printemps'.split(' ');
      const length = 3 + ((i * 7) % 40);
      const text = Array.from({ length }, (_, w) => words[(i + w) % words.length]).join(' ');
      if (i % 29 === 0) return `${text} ${'ReferenceProduitSansEspaceNiTiret'.repeat(6)} fin`;
      if (i % 23 === 0) return `${text} https://www.exemple-de-site-tres-long.fr/une/adresse/sans/aucune/espace/qui/deborde/de/la/ligne/entiere`;
      if (i % 17 === 0) return `${text}\nSuite après un retour à la ligne 🎉 « citation » — fin.`;
      if (i % 11 === 0) return `${text} (Auvergne-Rhône-Alpes, 12 500 €, +35 %)`;
      return text;
    });
    const edgy: EngagementSnapshot = {
      ...snapshot,
      interviews: {
        ...snapshot.interviews,
        sessions: [{ ...session, notes: bodies.map((body, i) => ({ ...template, id: 10_000 + i, body, question: i % 30 < 15 ? template.question : null, tags: i % 9 === 0 ? ['need'] : [] })) }],
      },
    };
    const assets = await assetsFor(edgy, DEFAULT_BRANDING, 'fr');
    await expectSamePages('interview', edgy, DEFAULT_BRANDING, 'fr', assets);
  });
});
