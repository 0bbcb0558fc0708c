import path from 'node:path';
import type { Lang } from '../../../src/shared/lang';
import { seedNewEngagement } from '../../core/domain/newEngagementSeed';
import { createEngagementFile } from '../../core/store/engagementFile';
import { FILE_EXTENSION } from '../../core/store/fileFormat';
import { localise } from '../cliContext';
import { EXIT, optionalString, requireString, type CliCommand } from '../command';

const DEFAULT_TITLE: Record<Lang, string> = { fr: 'Stratégie digitale', en: 'Digital strategy' };

/** `orchestre new FILE --client NAME`: an empty engagement, as « Nouvelle mission » makes it. */
export const newCommand: CliCommand = {
  name: 'new',
  summary: { fr: 'crée une mission vide', en: 'create an empty engagement' },
  usage: 'orchestre new FILE --client NAME [--title TITLE] [--lang fr|en]',
  help: {
    fr: [
      'Crée FILE (extension .orchestre ajoutée si absente). Ne remplace jamais un fichier existant.',
      '  --client NAME   nom du client (obligatoire)',
      '  --title TITLE   intitulé de la mission (défaut : « Stratégie digitale »)',
      '  --lang fr|en    langue des livrables (et des messages)',
    ],
    en: [
      'Creates FILE (.orchestre added when there is no extension). Never replaces an existing file.',
      '  --client NAME   client name (required)',
      '  --title TITLE   engagement title (default: “Digital strategy”)',
      '  --lang fr|en    language of the deliverables (and of messages)',
    ],
  },
  options: { client: { type: 'string' }, title: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  run(args, ctx) {
    const clientName = requireString(args, 'client').trim();
    const lang = ctx.lang;
    const title = optionalString(args, 'title')?.trim() || DEFAULT_TITLE[lang];
    let target = path.resolve(args.positionals[0] ?? '');
    if (path.extname(target) === '') target += FILE_EXTENSION;
    const now = ctx.now();
    createEngagementFile(
      target,
      { title, clientName, deliverableLang: lang },
      (db) => seedNewEngagement(db, lang, now),
      now,
    );
    ctx.out(localise(lang, lang === 'fr' ? `Mission créée : ${target}` : `Engagement created: ${target}`));
    return EXIT.ok;
  },
};
