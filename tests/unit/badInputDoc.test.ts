import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.join(__dirname, '../..');
const doc = fs.readFileSync(path.join(ROOT, 'docs/bad-input.md'), 'utf8');

/** Table rows of docs/bad-input.md (not the header nor the separator). */
const rows = doc
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| bad input') && !line.startsWith('|---'));

/** Every `tests/file` › "test name" citation of a row. */
function citations(row: string): { file: string; name: string }[] {
  return [...row.matchAll(/`(tests\/[^`]+)` › "([^"]+)"/g)].map((match) => ({ file: match[1]!, name: match[2]! }));
}

describe('docs/bad-input.md stays true to the tests', () => {
  test('the table has a row per bad input, each with what the user sees and at least one test', () => {
    expect(rows.length).toBeGreaterThanOrEqual(35);
    for (const row of rows) {
      const cells = row.split(' | ');
      expect(cells.length, row.slice(0, 80)).toBe(3);
      expect(cells[1]!.trim().length, row.slice(0, 80)).toBeGreaterThan(10);
      expect(citations(row).length, row.slice(0, 80)).toBeGreaterThan(0);
    }
  });

  test('every cited test exists in the file the table names', () => {
    const missing = rows
      .flatMap(citations)
      .filter(({ file, name }) => {
        const full = path.join(ROOT, file);
        return !fs.existsSync(full) || !fs.readFileSync(full, 'utf8').includes(name);
      })
      .map(({ file, name }) => `${file} › ${name}`);
    expect(missing).toEqual([]);
  });
});
