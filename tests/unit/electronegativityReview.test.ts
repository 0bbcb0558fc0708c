import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  invalidEntries,
  parseFindings,
  review,
  type AllowEntry,
} from '../../scripts/lib/electronegativityFindings.mjs';

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

const contextIsolation =
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/window.ts","9:17",const w = new BrowserWindow({ a: 1, b: "x" }),"Review the use of the contextIsolation option",https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK';
const openExternal =
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/chunks/staticFiles-DvoRn_On.js","1360:8","await ctx.platform.openExternal(url);","Review the use of openExternal",https://example/wiki';
const lowOnly = 'HTTP_RESOURCES_JS_CHECK,"LOW","FIRM","main/x.js","1:1",N/A,"Review",https://example/wiki';

const justification = 'A justification long enough to say why this finding is acceptable here.';

describe('reading Electronegativity reports (the tool exits 0 even with findings)', () => {
  test('an unquoted sample with commas and quotes keeps every column in place', () => {
    const [finding] = parseFindings(csv(contextIsolation));
    expect(finding).toMatchObject({
      check: 'CONTEXT_ISOLATION_JS_CHECK',
      severity: 'HIGH',
      file: 'main/window.ts',
      location: '9:17',
      description: 'Review the use of the contextIsolation option',
    });
    expect(finding!.sample).toContain('a: 1, b:');
  });

  test('something that is not its CSV report is an error, not "no finding"', () => {
    expect(() => parseFindings('')).toThrow(/not an Electronegativity CSV/);
    expect(() => parseFindings('<html>rate limited</html>')).toThrow();
  });

  test('an unjustified HIGH or MEDIUM finding fails; LOW ones do not count', () => {
    const findings = parseFindings(csv(contextIsolation, openExternal, lowOnly));
    const result = review({ out: findings }, []);
    expect(result.unjustified.map((item) => item.finding.check)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
    ]);
  });

  test('an entry justifies only its check, its target and its file (`*` for hashed bundle names) and sample', () => {
    const findings = parseFindings(csv(openExternal));
    const entry: AllowEntry = {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      target: 'out',
      file: 'main/chunks/*.js',
      sample: 'ctx.platform.openExternal(url)',
      justification,
    };
    expect(review({ out: findings }, [entry]).unjustified).toEqual([]);
    expect(review({ electron: findings }, [entry]).unjustified).toHaveLength(1);
    expect(review({ out: findings }, [{ ...entry, sample: 'shell.openExternal(anything)' }]).unjustified).toHaveLength(
      1,
    );
    expect(review({ out: findings }, [{ ...entry, file: 'main/*.js' }]).unjustified).toHaveLength(1);
    expect(review({ out: [] }, [entry]).stale).toEqual([entry]);
  });

  test('the reviewed allow-list: every entry names its check, target and file and says why', () => {
    const file = path.join(__dirname, '../../docs/security/electronegativity-allowlist.json');
    const allowlist = JSON.parse(fs.readFileSync(file, 'utf8')) as AllowEntry[];
    expect(allowlist.length).toBeGreaterThan(0);
    expect(invalidEntries(allowlist)).toEqual([]);
    expect(invalidEntries([{ check: 'X', target: 'out', file: 'a.js', justification: 'ok' }])).toHaveLength(1);
    for (const entry of allowlist) expect(['electron', 'out']).toContain(entry.target);
  });
});
