/**
 * Reading the CSV exports of market-data tools (Semrush, Similarweb…): RFC 4180
 * quoting, the delimiter guessed from the header (French Excel writes `;`), and
 * French-formatted numbers and dates.
 */
export function detectDelimiter(headerLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, headerLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

export function parseCsv(text: string): { delimiter: string; rows: string[][] } {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body.split(/\r?\n/, 1)[0] ?? '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { delimiter, rows };
}

/** `12 345,6`, `12,345.6`, `45,2 %`, `1.2K`, `3,4 M` → number; null when it is not one. */
export function parseFigure(raw: string): number | null {
  let text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (!text) return null;
  let factor = 1;
  const suffix = /^(.*?)([kKmM])$/.exec(text);
  if (suffix) {
    text = suffix[1]!;
    factor = /k/i.test(suffix[2]!) ? 1e3 : 1e6;
  }
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma > lastDot) text = text.replace(/\./g, '').replace(',', '.');
  else text = text.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text) * factor;
}

/** `2026-03-04`, `04/03/2026`, `4.3.2026` (day first, the French order) → ISO; null when not a real day. */
export function parseDay(raw: string): string | null {
  const text = raw.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (fr) [d, m, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
