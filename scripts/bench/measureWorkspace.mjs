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

/** What a metadata listing costs when every file is opened: client, title, status, last change. */
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

export async function measureWorkspace(server, folder, methods) {
  const list = [];
  const metadata = [];
  let count = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const listed = await timed(() => server.call('workspace:listFiles', { folder }));
    list.push(listed.ms);
    count = listed.value.length;
    metadata.push((await timed(async () => readMetadata(folder))).ms);
  }
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
    metadataMs: median(metadata),
    search,
    searchMethod: viaApi ? 'search:all through the bridge' : 'direct FTS5 query per file (search:all not in the API)',
  };
}
