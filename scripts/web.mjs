#!/usr/bin/env node
// `npm run web [-- --port N]`: Orchestre in the browser. Builds if out/ is missing or stale,
// then serves the app and its API on 127.0.0.1 and prints the URL. Arguments pass through to
// out/main/web.js (--port N, --token T).
import { runWebMode } from './lib/webMode.mjs';

runWebMode(process.argv.slice(2));
