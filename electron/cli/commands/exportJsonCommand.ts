import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../src/shared/errors';
import { readAppVersion } from '../../core/appVersion';
import { exportEngagement, serialiseDocument } from '../../core/interchange/exportEngagement';
import { writeFileAtomic } from '../../core/workspace/atomicWrite';
import { localise } from '../cliContext';
import { EXIT, optionalString, type CliCommand } from '../command';
import { withReadOnly } from '../readOnlyFile';

/** `orchestre export-json FILE [--out JSON]`: the whole engagement as versioned JSON. */
export const exportJsonCommand: CliCommand = {
  name: 'export-json',
  summary: { fr: 'exporte une mission entière en JSON', en: 'export a whole engagement as JSON' },
  usage: 'orchestre export-json FILE [--out JSON] [--force]',
  help: {
    fr: [
      'Écrit le format d’échange JSON (docs/file-format.md) sur la sortie standard,',
      'ou dans JSON avec --out. Lit FILE en lecture seule.',
      '  --out JSON   fichier de sortie (refusé s’il existe, sauf --force)',
      '  --force      remplace le fichier de sortie',
    ],
    en: [
      'Writes the JSON interchange format (docs/file-format.md) to standard output,',
      'or to JSON with --out. Reads FILE read-only.',
      '  --out JSON   output file (refused if it exists, unless --force)',
      '  --force      replace the output file',
    ],
  },
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(args, ctx) {
    const out = optionalString(args, 'out');
    if (out && !args.values.force && fs.existsSync(out))
      throw new AppError('FILE_EXISTS', { file: path.basename(out) });
    const document = withReadOnly(args.positionals[0] ?? '', ({ db }) =>
      exportEngagement(db, { now: new Date(ctx.now()), generator: `Orchestre ${readAppVersion(__dirname)}` }),
    );
    const text = serialiseDocument(document);
    if (!out) {
      ctx.write(text);
      return EXIT.ok;
    }
    writeFileAtomic(path.resolve(out), text);
    const rows = Object.values(document.tables).reduce((sum, table) => sum + table.length, 0);
    const tables = Object.keys(document.tables).length;
    ctx.out(
      localise(
        ctx.lang,
        ctx.lang === 'fr'
          ? `Exporté : ${path.resolve(out)} (${tables} tables, ${rows} lignes, schéma ${document.schemaVersion}).`
          : `Exported: ${path.resolve(out)} (${tables} tables, ${rows} rows, schema ${document.schemaVersion}).`,
      ),
    );
    return EXIT.ok;
  },
};
