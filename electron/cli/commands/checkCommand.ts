import path from 'node:path';
import { SCHEMA_VERSION } from '../../core/store/migrations';
import { checkEngagementFile } from '../checkFile';
import { formatBytes, localise } from '../cliContext';
import { EXIT, type CliCommand } from '../command';

/**
 * `orchestre check FILE`: is this a sound Orchestre engagement this version can
 * open? Exit 0 with a verdict, or 1 with one sentence saying what is wrong
 * (errors are thrown and printed by the CLI's runner). Never writes, never migrates.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: { fr: 'vérifie l’intégrité et la version d’une mission', en: 'check an engagement’s integrity and version' },
  usage: 'orchestre check FILE',
  help: {
    fr: [
      'Vérifie l’en-tête, l’identifiant d’application, la version du schéma, puis',
      'PRAGMA integrity_check et foreign_key_check. Lecture seule : le fichier n’est',
      'jamais modifié ni migré. Code de sortie 0 si tout va bien, 1 sinon.',
    ],
    en: [
      'Checks the header, application id, schema version, then PRAGMA integrity_check',
      'and foreign_key_check. Read-only: the file is never modified nor migrated.',
      'Exit code 0 when sound, 1 otherwise.',
    ],
  },
  options: {},
  positionals: { min: 1, max: 1 },
  run(args, ctx) {
    const report = checkEngagementFile(args.positionals[0] ?? '');
    const file = path.basename(args.positionals[0] ?? '');
    const fr = ctx.lang === 'fr';
    const size = formatBytes(report.fileSize, ctx.lang);
    ctx.out(
      localise(
        ctx.lang,
        fr
          ? `OK : « ${file} » est une mission Orchestre intègre (schéma ${report.schemaVersion}, ${report.pageCount} pages, ${size}).`
          : `OK: “${file}” is a sound Orchestre engagement (schema ${report.schemaVersion}, ${report.pageCount} pages, ${size}).`,
      ),
    );
    if (report.older) {
      ctx.out(
        localise(
          ctx.lang,
          fr
            ? `Format ancien (${report.schemaVersion}, actuel : ${SCHEMA_VERSION}) : l’ouvrir dans l’application le migrera, après en avoir fait une sauvegarde. « check » ne l’a pas modifié.`
            : `Older format (${report.schemaVersion}, current: ${SCHEMA_VERSION}): opening it in the app migrates it, after making a backup. “check” did not modify it.`,
        ),
      );
    }
    return EXIT.ok;
  },
};
