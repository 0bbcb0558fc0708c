// The home screen over a folder of 500 engagements: the folder listing through the API, each
// file's metadata (client, title, status, last change) and a full-text search across all files.
// Search goes through `search:all` when the API has it; otherwise it is a direct FTS5 query
// (the `search_index` table each file carries since schema 2) over every file, read-only.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { median, timed } from './bridge.mjs';

const RUNS = 5;
export const SEARCH_TERMS = ['marqueterie', 'newsletter prescripteurs'];

function readOnly(file) {
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** For reference: what a metadata listing would cost if every file were opened (client, title, status, last change). The app never does this. */
function readMetadata(folder) {
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.orchestre'))
    .map((name) => {
      const db = readOnly(path.join(folder, name));
      try {
        return db.prepare('SELECT client_name AS clientName, title, status, updated_at AS updatedAt FROM engagement WHERE id = 1').get();
      } finally {
        db.close();
      }
    });
}

/** FTS5 in each file: the same query the app's search runs, files opened read-only one after the other. */
function searchDirect(folder, term) {
  const match = term.split(/\s+/).map((word) => `"${word.replace(/"/g, '')}"*`).join(' ');
  const hits = [];
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.orchestre'))) {
    const db = readOnly(path.join(folder, name));
    try {
      const rows = db.prepare("SELECT kind, item_id AS itemId, snippet(search_index, 3, '[', ']', '…', 8) AS snippet FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 5").all(match);
      for (const row of rows) hits.push({ file: name, ...row });
    } finally {
      db.close();
    }
  }
  return hits;
}

/** `search:all` looks at the default folder (and the recents): the 500 files' folder becomes the default. */
async function searchViaApi(server, folder, term) {
  await server.call('workspace:setDefaultFolder', { folder });
  const run = await timed(() => server.call('search:all', { query: term }));
  return { ms: run.ms, hits: run.value.matchedFiles, searched: run.value.searched, skipped: run.value.skipped };
}

async function searchViaFts(folder, term) {
  const run = await timed(async () => searchDirect(folder, term));
  return { ms: run.ms, hits: new Set(run.value.map((hit) => hit.file)).size, searched: NaN, skipped: 0 };
}

/**
 * The listing with each file's client, title and status as the app gives it: from its cache,
 * never by opening the files. The first listing of a folder finds nothing cached and starts
 * filling the cache in a worker thread; `firstCompleteMs` is how long until a listing carries
 * every file's metadata (polled every 20 ms), then the median of warm listings.
 */
async function measureListingWithMetadata(server, folder) {
  const started = performance.now();
  let complete = false;
  while (!complete && performance.now() - started < 120_000) {
    const entries = await server.call('workspace:listFiles', { folder });
    complete = entries.length > 0 && entries.every((entry) => entry.meta);
    if (!complete) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const firstCompleteMs = performance.now() - started;
  const warm = [];
  const opened = [];
  for (let i = 0; i < RUNS; i += 1) {
    const listed = await timed(() => server.call('workspace:listFiles', { folder }));
    if (listed.value.some((entry) => !entry.meta)) throw new Error('workspace:listFiles lost metadata on a warm listing');
    warm.push(listed.ms);
    // Interleaved with the calls: the bench's own synchronous opens must not idle the keep-alive socket past the server's 5 s.
    opened.push((await timed(async () => readMetadata(folder))).ms);
  }
  return { firstCompleteMs, medianMs: median(warm), openEveryFileMs: median(opened) };
}

export async function measureWorkspace(server, folder, methods) {
  const list = [];
  let count = 0;
  // The first listing of the folder: stat only (the cache is cold, no metadata yet).
  for (let i = 0; i < RUNS; i += 1) {
    const listed = await timed(() => server.call('workspace:listFiles', { folder }));
    list.push(listed.ms);
    count = listed.value.length;
  }
  const listing = await measureListingWithMetadata(server, folder);
  const viaApi = methods.has('search:all');
  const search = {};
  for (const term of SEARCH_TERMS) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(viaApi ? await searchViaApi(server, folder, term) : await searchViaFts(folder, term));
    // The first query of the first term pays for reading every file (a cold cache); later ones are warm.
    search[term] = { firstMs: runs[0].ms, medianMs: median(runs.slice(1).map((r) => r.ms)), hits: runs[0].hits, searched: runs[0].searched, skipped: runs[0].skipped };
  }
  return {
    files: count,
    listMs: median(list),
    listWithMetadataFirstMs: listing.firstCompleteMs,
    listWithMetadataMs: listing.medianMs,
    metadataMs: listing.openEveryFileMs,
    search,
    searchMethod: viaApi ? 'search:all through the bridge' : 'direct FTS5 query per file (search:all not in the API)',
  };
}
