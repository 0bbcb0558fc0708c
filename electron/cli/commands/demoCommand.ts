import { writeDemoEngagement } from '../../core/demo/writeDemoEngagement';
import { localise } from '../cliContext';
import { EXIT, type CliCommand } from '../command';

/** `orchestre demo DIR`: the sample engagement « Les Ateliers Verdier », for trying the app and for screenshots. */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: { fr: 'écrit une mission d’exemple complète', en: 'write a complete sample engagement' },
  usage: 'orchestre demo DIR',
  help: {
    fr: [
      'Écrit dans DIR (créé au besoin) la mission d’exemple « Les Ateliers Verdier » :',
      'toutes les parties remplies, données fixes (mêmes dates, mêmes images) pour des',
      'captures et des livrables reproductibles. Ne remplace jamais un fichier existant.',
    ],
    en: [
      'Writes the sample engagement “Les Ateliers Verdier” into DIR (created if needed):',
      'every part filled, fixed data (same dates, same images) for reproducible',
      'screenshots and deliverables. Never replaces an existing file.',
    ],
  },
  options: {},
  positionals: { min: 1, max: 1 },
  run(args, ctx) {
    const written = writeDemoEngagement(args.positionals[0] ?? '');
    ctx.out(written);
    ctx.err(localise(ctx.lang, ctx.lang === 'fr' ? 'Mission d’exemple écrite.' : 'Sample engagement written.'));
    return EXIT.ok;
  },
};
