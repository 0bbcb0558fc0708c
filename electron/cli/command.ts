import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../../src/shared/lang';
import type { CliContext } from './cliContext';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/**
 * One `orchestre` sub-command: its help text in both languages, its options for
 * `node:util` parseArgs, how many positionals it takes, and what it does. The
 * exit code it returns follows the CLI's rule: 0 ok, 1 check or validation
 * failure, 2 usage error.
 */
export interface CliCommand {
  name: string;
  summary: Record<Lang, string>;
  usage: string;
  /** Lines under the usage line, per language. */
  help: Record<Lang, string[]>;
  options: OptionsConfig;
  positionals: { min: number; max: number };
  run(args: ParsedArgs, ctx: CliContext): Promise<number> | number;
}

/** Wrong arguments: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  constructor(readonly text: Record<Lang, string>) {
    super(text.en);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export function requireString(args: ParsedArgs, option: string): string {
  const value = args.values[option];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError({ fr: `L’option --${option} est obligatoire.`, en: `Option --${option} is required.` });
  }
  return value;
}

export function optionalString(args: ParsedArgs, option: string): string | undefined {
  const value = args.values[option];
  return typeof value === 'string' ? value : undefined;
}
