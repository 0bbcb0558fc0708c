import { parseArgs } from 'node:util';
import { formatError } from '../../src/shared/errorMessages';
import { isAppError } from '../../src/shared/errors';
import { readAppVersion } from '../core/appVersion';
import { toAppError } from '../core/store/sqliteErrors';
import { localise, type CliContext } from './cliContext';
import { EXIT, UsageError, type CliCommand } from './command';
import { COMMANDS } from './commands';

const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const;

export function generalHelp(ctx: CliContext): string {
  const fr = ctx.lang === 'fr';
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    fr
      ? 'orchestre : les missions Orchestre en ligne de commande'
      : 'orchestre: Orchestre engagements from the command line',
    '',
    fr ? 'Usage : orchestre COMMANDE [options]' : 'Usage: orchestre COMMAND [options]',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary[ctx.lang]}`),
    '',
    fr ? 'Options communes :' : 'Common options:',
    fr
      ? '  --lang fr|en   langue des messages (défaut : LC_ALL / LANG, sinon français)'
      : '  --lang fr|en   message language (default: LC_ALL / LANG, else French)',
    fr
      ? '  -h, --help     aide d’une commande : orchestre COMMANDE --help'
      : '  -h, --help     help on a command: orchestre COMMAND --help',
    '  --version',
    '',
    fr
      ? 'Codes de sortie : 0 succès, 1 vérification ou validation échouée, 2 usage incorrect.'
      : 'Exit codes: 0 success, 1 check or validation failure, 2 usage error.',
  ]
    .map((line) => localise(ctx.lang, line))
    .join('\n');
}

function commandHelp(command: CliCommand, ctx: CliContext): string {
  const summary = command.summary[ctx.lang];
  return [
    `Usage: ${command.usage}`,
    '',
    `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`,
    ...command.help[ctx.lang],
  ]
    .map((line) => localise(ctx.lang, line))
    .join('\n');
}

/** `orchestre --lang en check x`: the language was already read by `detectLang`. */
function withoutLeadingLang(argv: readonly string[]): string[] {
  const args = [...argv];
  while (args[0] === '--lang' || args[0]?.startsWith('--lang=')) args.splice(0, args[0] === '--lang' ? 2 : 1);
  return args;
}

/**
 * Parses argv, runs one command, and turns every outcome into an exit code:
 * AppErrors become one sentence through `formatError` (exit 1), wrong arguments
 * a usage message (exit 2). Never a stack trace, except for a real bug.
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = withoutLeadingLang(argv);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    ctx.out(topic ? commandHelp(topic, ctx) : generalHelp(ctx));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    ctx.out(readAppVersion(__dirname));
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    const hint = name.startsWith('-') ? name : `« ${name} »`;
    ctx.err(
      localise(
        ctx.lang,
        ctx.lang === 'fr'
          ? `Commande inconnue : ${hint}. Voir : orchestre --help`
          : `Unknown command: ${name}. See: orchestre --help`,
      ),
    );
    return EXIT.usage;
  }

  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...COMMON_OPTIONS, ...command.options },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UsageError({ fr: `Arguments invalides (${detail}).`, en: `Invalid arguments (${detail}).` });
    }
    if (parsed.values.help) {
      ctx.out(commandHelp(command, ctx));
      return EXIT.ok;
    }
    const lang = parsed.values.lang;
    if (lang !== undefined && lang !== 'fr' && lang !== 'en') {
      throw new UsageError({ fr: '--lang accepte « fr » ou « en ».', en: '--lang accepts “fr” or “en”.' });
    }
    const { min, max } = command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError({ fr: `Usage : ${command.usage}`, en: `Usage: ${command.usage}` });
    }
    return await command.run(
      { positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined> },
      ctx,
    );
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(localise(ctx.lang, error.text[ctx.lang]));
      ctx.err(
        localise(
          ctx.lang,
          ctx.lang === 'fr' ? `Aide : orchestre ${command.name} --help` : `Help: orchestre ${command.name} --help`,
        ),
      );
      return EXIT.usage;
    }
    const appError = isAppError(error) ? error : toAppError(error);
    ctx.err(formatError(appError.toShape(), ctx.lang));
    if (appError.code === 'INTERNAL' && process.env.ORCHESTRE_DEBUG) ctx.err(String((error as Error)?.stack ?? error));
    return EXIT.failure;
  }
}
