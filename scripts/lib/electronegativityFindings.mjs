// Electronegativity's CSV report, read and checked against the reviewed allow-list
// (docs/security/electronegativity-allowlist.json). Pure functions: the unit test runs them.
// The tool exits 0 even with findings, so this reading is what makes it a check.

/**
 * Splits one CSV line, honouring double quotes ("" inside quotes is a quote). The tool writes its
 * code sample unquoted, so a quote only opens a quoted field at the start of a field.
 */
function splitCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/**
 * Findings from the CSV written by `electronegativity -o report.csv`. Its columns:
 * issue, severity, confidence, filename, location, sample, description, url.
 * A sample may itself contain commas, so the fixed columns are read from both ends.
 */
export function parseFindings(csv) {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim());
  if (!lines.length || !/^issue\s*,\s*severity/i.test(lines[0])) {
    throw new Error('not an Electronegativity CSV report (header line missing)');
  }
  return lines.slice(1).map((line) => {
    const fields = splitCsvLine(line);
    const [check, severity, confidence, file, location] = fields.slice(0, 5).map((value) => value.trim());
    const url = fields.at(-1).trim();
    const description = fields.at(-2).trim();
    const sample = fields.slice(5, -2).join(',').trim();
    return { check, severity, confidence, file, location, sample, description, url };
  });
}

/** HIGH and MEDIUM findings fail the check unless an allow-list entry justifies them. */
export const BLOCKING_SEVERITIES = ['HIGH', 'MEDIUM'];

/** `*` in an entry's file stands for any characters except `/` (bundles have hashed names). */
function fileMatches(pattern, file) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`).test(file);
}

/** An entry matches on check, scanned target, file and (when given) a piece of the flagged code. */
export function entryMatches(entry, finding, target) {
  return (
    entry.check === finding.check &&
    entry.target === target &&
    fileMatches(entry.file, finding.file) &&
    (entry.sample === undefined || finding.sample.includes(entry.sample))
  );
}

/** Entries that cannot count as reviewed: no justification worth the name, or a missing field. */
export function invalidEntries(allowlist) {
  return allowlist.filter(
    (entry) =>
      typeof entry.check !== 'string' ||
      typeof entry.target !== 'string' ||
      typeof entry.file !== 'string' ||
      typeof entry.justification !== 'string' ||
      entry.justification.trim().length < 40,
  );
}

/**
 * Sorts findings of one scanned target into justified and unjustified ones, and reports the
 * allow-list entries that matched nothing (stale: the code they justified is gone).
 */
export function review(findingsByTarget, allowlist) {
  const justified = [];
  const unjustified = [];
  const used = new Set();
  for (const [target, findings] of Object.entries(findingsByTarget)) {
    for (const finding of findings) {
      if (!BLOCKING_SEVERITIES.includes(finding.severity.toUpperCase())) continue;
      const entry = allowlist.find((candidate) => entryMatches(candidate, finding, target));
      if (entry) {
        used.add(entry);
        justified.push({ target, finding, entry });
      } else unjustified.push({ target, finding });
    }
  }
  const stale = allowlist.filter((entry) => !used.has(entry));
  return { justified, unjustified, stale };
}
