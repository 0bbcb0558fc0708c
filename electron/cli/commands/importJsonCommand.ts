import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../src/shared/errors';
import { importEngagement } from '../../core/interchange/importEngagement';
import { importError, validateDocument } from '../../core/interchange/validateDocument';
import { localise } from '../cliContext';
import { EXIT, requireString, type CliCommand } from '../command';

/** `orchestre import-json JSON --out FILE`: a new engagement file from the JSON interchange format. */
export const importJsonCommand: CliCommand = {
  name: 'import-json',
  summary: { fr: 'crée une mission à partir d’un export JSON', en: 'create an engagement from a JSON export' },
  usage: 'orchestre import-json JSON --out FILE',
  help: {
    fr: [
      'Valide JSON champ par champ (le premier problème est nommé, p. ex.',
      '« tables.notes[12].body : attendu du texte ») puis écrit FILE, qui ne doit pas',
      'exister. Rien n’est écrit en cas d’erreur. Un export d’un schéma plus ancien',
      'est importé à sa version puis migré.',
      '  --out FILE   mission à créer (obligatoire)',
    ],
    en: [
      'Validates JSON field by field (the first problem is named, e.g.',
      '“tables.notes[12].body: expected text”), then writes FILE, which must not',
      'exist. Nothing is written on error. An export of an older schema is imported',
      'at its version, then migrated.',
      '  --out FILE   engagement to create (required)',
    ],
  },
  options: { out: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run(args, ctx) {
    const source = path.resolve(args.positionals[0] ?? '');
    const out = path.resolve(requireString(args, 'out'));
    let text: string;
    try {
      text = fs.readFileSync(source, 'utf8');
    } catch (error) {
      throw new AppError('FILE_NOT_FOUND', { file: path.basename(source) }, error);
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw importError(
        '(racine)',
        `JSON illisible (${error instanceof Error ? error.message : String(error)})`,
        'invalid_type',
      );
    }
    const { document, shapes } = validateDocument(value);
    const result = importEngagement(document, shapes, out);
    const fr = ctx.lang === 'fr';
    const migrated = result.migratedFrom
      ? fr
        ? `, migrée du schéma ${result.migratedFrom}`
        : `, migrated from schema ${result.migratedFrom}`
      : '';
    ctx.out(
      localise(
        ctx.lang,
        fr
          ? `Mission importée : ${result.path} (${result.rows} lignes${migrated}).`
          : `Engagement imported: ${result.path} (${result.rows} rows${migrated}).`,
      ),
    );
    return EXIT.ok;
  },
};
