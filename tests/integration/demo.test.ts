import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoEngagement } from '../../electron/core/demo/writeDemoEngagement';
import { exportEngagement } from '../../electron/core/interchange/exportEngagement';
import { AppError } from '../../src/shared/errors';
import { tempDir } from '../helpers/tempDir';
import { readEngagement } from '../helpers/engagementFiles';

const NOW = new Date('2026-07-01T08:00:00Z');

describe('demo engagement « Les Ateliers Verdier »', () => {
  it('is deterministic: two runs give the same rows and the same image bytes', () => {
    const first = readEngagement(writeDemoEngagement(tempDir()), (db) => exportEngagement(db, { now: NOW }));
    const second = readEngagement(writeDemoEngagement(tempDir()), (db) => exportEngagement(db, { now: NOW }));
    expect(second).toEqual(first);
  });

  it('tells a coherent story: budget, dates, screenshots, traceability', () => {
    const file = writeDemoEngagement(tempDir());
    readEngagement(file, (db) => {
      const engagement = db.prepare('SELECT * FROM engagement').get() as Record<string, unknown>;
      expect(engagement).toMatchObject({
        client_name: 'Les Ateliers Verdier',
        budget_envelope_cents: 4_800_000,
        start_date: '2026-02-02',
        end_date: '2027-01-29',
      });

      const planned = db
        .prepare("SELECT sum(budget_planned_cents) AS n FROM actions WHERE status <> 'dropped'")
        .get() as { n: number };
      expect(planned.n).toBeLessThanOrEqual(4_800_000);

      const images = db
        .prepare('SELECT mime, byte_size, length(data) AS length, width, height FROM images')
        .all() as Record<string, number | string>[];
      expect(images.length).toBeGreaterThanOrEqual(6);
      for (const image of images) {
        expect(image.mime).toBe('image/png');
        expect(image.length).toBe(image.byte_size);
        expect(Number(image.byte_size)).toBeLessThan(150 * 1024);
      }
      expect((db.prepare('SELECT count(*) AS n FROM audit_images').get() as { n: number }).n).toBeGreaterThanOrEqual(2);
      expect(
        (db.prepare('SELECT count(*) AS n FROM personas WHERE photo_image_id IS NOT NULL').get() as { n: number }).n,
      ).toBe(3);

      const notes = db.prepare('SELECT count(*) AS n FROM notes WHERE deleted_at IS NULL').get() as { n: number };
      expect(notes.n).toBeGreaterThanOrEqual(38);
      const tags = (db.prepare('SELECT DISTINCT tag FROM note_tags ORDER BY tag').all() as { tag: string }[]).map(
        (row) => row.tag,
      );
      expect(tags).toEqual([
        'budget',
        'competitor',
        'constraint',
        'deadline',
        'decision',
        'idea',
        'need',
        'next_step',
        'objective',
        'persona',
        'risk',
      ]);

      const kinds = (
        db.prepare("SELECT DISTINCT source_kind || '>' || target_kind AS k FROM item_links").all() as { k: string }[]
      ).map((row) => row.k);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'note>objective',
          'note>competitor',
          'note>persona',
          'recommendation>action',
          'objective>action',
        ]),
      );
      const dangling = db
        .prepare(
          `SELECT count(*) AS n FROM item_links l WHERE
             (l.target_kind = 'action' AND l.target_id NOT IN (SELECT id FROM actions)) OR
             (l.source_kind = 'note' AND l.source_id NOT IN (SELECT id FROM notes)) OR
             (l.target_kind = 'objective' AND l.target_id NOT IN (SELECT id FROM objectives))`,
        )
        .get() as { n: number };
      expect(dangling.n).toBe(0);

      const selected = db
        .prepare(
          'SELECT action_id, count(*) AS quotes, sum(is_selected) AS chosen FROM quotes GROUP BY action_id HAVING quotes > 1',
        )
        .all();
      expect(selected).toEqual([{ action_id: 4, quotes: 2, chosen: 1 }]);

      const badDates = db
        .prepare("SELECT count(*) AS n FROM actions WHERE start_date < '2026-01-01' OR end_date > '2027-12-31'")
        .get() as { n: number };
      expect(badDates.n).toBe(0);
      const found = db
        .prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'jardinerie*'")
        .get() as { n: number };
      expect(found.n).toBeGreaterThan(0);
    });
  });

  it('refuses to overwrite an existing demo file', () => {
    const dir = tempDir();
    const file = writeDemoEngagement(dir);
    expect(path.basename(file)).toMatch(/\.orchestre$/);
    expect(() => writeDemoEngagement(dir)).toThrow(AppError);
  });
});
