import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELIVERABLE_KINDS } from '../../src/shared/model/deliverables';
import { writeDemoEngagement } from '../../electron/core/demo/writeDemoEngagement';
import { buildCharts } from '../../electron/core/export/charts/buildCharts';
import { chartsNeeded, imagesNeeded } from '../../electron/core/export/deliverables/assetsNeeded';
import { buildDeliverable } from '../../electron/core/export/deliverables/buildDeliverable';
import type { ExportAssets } from '../../electron/core/export/kit/context';
import { Fmt } from '../../electron/core/export/kit/format';
import { labelsFor } from '../../electron/core/export/kit/labels';
import { prepareImages } from '../../electron/core/export/kit/prepareImages';
import { themeFromProfile } from '../../electron/core/export/kit/theme';
import { readSnapshot, type EngagementSnapshot } from '../../electron/core/export/snapshot';
import { DEFAULT_BRANDING } from '../../electron/core/workspace/defaultBranding';
import { tempDir } from '../helpers/tempDir';

/**
 * An export draws only the charts, and compresses only the pictures, its deliverables show
 * (deliverables/assetsNeeded.ts). If a section starts showing another chart or picture and the
 * list isn't updated, the deliverable would silently lose it: this builds each deliverable of
 * the demo with its own assets and with every asset, and requires the same pictures.
 */
let snapshot: EngagementSnapshot;
let everything: ExportAssets;

beforeAll(async () => {
  const file = writeDemoEngagement(tempDir());
  const db = new Database(file, { readonly: true });
  snapshot = readSnapshot(db);
  db.close();
  fs.rmSync(file, { force: true });
  const theme = themeFromProfile(DEFAULT_BRANDING);
  everything = { charts: await buildCharts(snapshot, theme, new Fmt('fr'), labelsFor('fr')), images: await prepareImages(snapshot), consultantLogo: null };
}, 120_000);

/** The kinds of picture a .docx embeds, one entry each (charts are SVG with a PNG fallback, photos JPEG or PNG). */
function pictures(docx: Buffer): string[] {
  const file = path.join(tempDir(), 'deliverable.docx');
  fs.writeFileSync(file, docx);
  const list = 'import sys, zipfile\nfor n in zipfile.ZipFile(sys.argv[1]).namelist():\n    print(n)';
  return execFileSync('python3', ['-c', list, file], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => name.startsWith('word/media/'))
    .map((name) => name.split('.').pop()!)
    .sort();
}

describe('assets each deliverable needs', () => {
  it('are exactly the charts and pictures its sections print', { timeout: 120_000 }, async () => {
    const theme = themeFromProfile(DEFAULT_BRANDING);
    let withAny = 0;
    for (const kind of DELIVERABLE_KINDS) {
      const own: ExportAssets = {
        charts: await buildCharts(snapshot, theme, new Fmt('fr'), labelsFor('fr'), chartsNeeded([kind])),
        images: await prepareImages(snapshot, imagesNeeded(snapshot, [kind])),
        consultantLogo: null,
      };
      const input = { kind, lang: 'fr' as const, snapshot, profile: DEFAULT_BRANDING, version: 1, issuedOn: '2026-11-23' };
      const full = pictures(await buildDeliverable({ ...input, assets: everything }));
      expect(pictures(await buildDeliverable({ ...input, assets: own })), kind).toEqual(full);
      if (full.length) withAny++;
    }
    // The demo has a client logo, persona photos, audit screenshots and every chart: most deliverables show some.
    expect(withAny).toBeGreaterThanOrEqual(5);
    expect(chartsNeeded(['interview']).size).toBe(0);
  });
});
