// Every figure of the run as a row, beside its target from issue #8 where it has one.
const below = (limit, unit) => ({ text: `< ${limit} ${unit}`, pass: (v) => v < limit });
const atMost = (limit, text) => ({ text, pass: (v) => v <= limit });

export function targets({ sizes, big, reportSize, results, pandoc }) {
  const rows = [];
  const add = (group, name, value, unit, target) => rows.push({ group, name, value, unit, ...(target ? { target } : {}) });

  add('baseline', 'bridge round trip (app:info) p50', results.transport.p50, 'ms');
  add('baseline', 'bridge round trip (app:info) p99', results.transport.p99, 'ms');
  add('baseline', 'disk: 4 KB write + fsync p50', results.diskSync.p50, 'ms');
  add('baseline', 'disk: 4 KB write + fsync p99', results.diskSync.p99, 'ms');
  add('create', 'new engagement (engagement:create, median)', results.create.medianMs, 'ms');
  for (const size of sizes) {
    const open = results.open[size];
    add('open', `${size} open → overview (median)`, open.medianMs, 'ms', size === 'XL' ? below(150, 'ms') : null);
    add('open', `${size} first open (backup scheduled)`, open.firstMs, 'ms');
  }
  for (const size of sizes) {
    for (const [editor, load] of Object.entries(results.editors[size])) {
      add(`editors ${size}`, `${editor} data load`, load.medianMs, 'ms', size === big ? below(100, 'ms') : null);
    }
  }
  for (const [field, spread] of Object.entries(results.saves)) {
    add(`field save ${big}`, `${field} p50`, spread.p50, 'ms');
    add(`field save ${big}`, `${field} p99`, spread.p99, 'ms', below(5, 'ms'));
    add(`field save ${big}`, `${field} max`, spread.max, 'ms');
  }
  add(`notes ${big}`, '1,000 notes in a row: per note (mean)', results.notes.meanMs, 'ms');
  add(`notes ${big}`, 'per note p99', results.notes.p99, 'ms');
  add(`notes ${big}`, '1,000 notes total', results.notes.totalMs / 1000, 's');

  for (const [kind, run] of Object.entries(results.deliverables)) {
    add(`export ${reportSize}`, `${kind}: time`, run.ms, 'ms');
    // The server has served every earlier step (the XL notes, other exports) and keeps what it took
    // resident: the export's own share is its peak over the RSS it started from.
    add(`export ${reportSize}`, `${kind}: peak RSS of the server`, run.peakMb, 'MB');
    add(`export ${reportSize}`, `${kind}: memory the export adds (peak − before)`, run.peakMb - run.rssBeforeMb, 'MB', below(400, 'MB'));
  }
  for (const size of sizes) {
    const report = results.exports[size];
    const isTarget = size === reportSize;
    add(`full report ${size}`, 'orchestre export (median)', report.ms, 'ms', isTarget ? below(2000, 'ms') : null);
    add(`full report ${size}`, 'orchestre peak RSS of the server', report.peakMb, 'MB');
    add(`full report ${size}`, 'memory the export adds (peak − before)', report.addedMb, 'MB', isTarget ? below(400, 'MB') : null);
    const converted = results.pandoc[size];
    add(`full report ${size}`, 'pandoc Markdown → .docx', converted ? converted.ms : pandoc ? NaN : 'pandoc missing', 'ms');
    add(`full report ${size}`, 'ratio orchestre / pandoc', converted ? report.ms / converted.ms : 'pandoc missing', '×', isTarget ? atMost(0.5, '≤ 0.5×') : null);
  }

  const w = results.workspace;
  add(`${w.files} engagements`, 'list files (workspace:listFiles)', w.listMs, 'ms', below(300, 'ms'));
  if (w.listWithMetadataMs !== undefined) {
    add(`${w.files} engagements`, 'list with client, title, status: first, cache cold (worker fills it)', w.listWithMetadataFirstMs, 'ms');
    add(`${w.files} engagements`, 'list with client, title, status (median, from the cache)', w.listWithMetadataMs, 'ms', below(300, 'ms'));
    add(`${w.files} engagements`, 'reference: opening every file for its metadata', w.metadataMs, 'ms');
  } else {
    add(`${w.files} engagements`, 'metadata of every file (client, title, status)', w.metadataMs, 'ms', below(300, 'ms'));
  }
  for (const [term, search] of Object.entries(w.search)) {
    // Since the search cache is filled when a folder is listed, the first search follows the listing above; a search
    // typed before that fill ends waits for it (the « first, cache cold » listing figure).
    const first = w.listWithMetadataMs !== undefined ? 'first after the listing' : 'first';
    add(`${w.files} engagements`, `search « ${term} », ${first} (${search.hits} files match)`, search.firstMs, 'ms', below(500, 'ms'));
    add(`${w.files} engagements`, `search « ${term} », again (median)`, search.medianMs, 'ms', below(500, 'ms'));
  }

  add('renderer', 'first screen bundle (gzip)', results.bundle.firstScreenGzipKb, 'KB', below(450, 'KB'));
  add('renderer', 'all chunks (gzip)', results.bundle.allGzipKb, 'KB');
  const r = results.renderer;
  add('renderer', 'home ready (median, cold)', r ? r.homeReadyMs : 'Chromium missing', 'ms', below(800, 'ms'));
  add('renderer', `${big} action table ready (median, cold)`, r ? r.actionTableReadyMs : 'Chromium missing', 'ms', below(1000, 'ms'));
  add('renderer', `${big} table scroll: longest task`, r ? r.scroll.longestMs : 'Chromium missing', 'ms', { text: 'none > 50 ms', pass: (v) => v <= 50 });
  return rows;
}
