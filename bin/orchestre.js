#!/usr/bin/env node
'use strict';
// The `orchestre` command: a CommonJS shim over the bundled CLI (electron/cli → out/main/cli.js).
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'out', 'main', 'cli.js');

if (fs.existsSync(bundle)) {
  require(bundle);
} else {
  const args = process.argv.slice(2);
  const langArg = args.includes('--lang=en') || args[args.indexOf('--lang') + 1] === 'en';
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const english = langArg || /^en/i.test(locale);
  process.stderr.write(
    english
      ? `orchestre: the command is not built yet. Run \`npm run build\` first (in ${root}).\n`
      : `orchestre : la commande n’est pas encore construite. Lancez d’abord \`npm run build\` (dans ${root}).\n`,
  );
  process.exitCode = 1;
}
