import { detectLang, type CliContext } from './cliContext';
import { runCli } from './runCli';

/**
 * Entry point of the `orchestre` command (bundled to out/main/cli.js, started by
 * bin/orchestre.js). Sets `process.exitCode` rather than calling `process.exit`,
 * so a large JSON written to a pipe is flushed before Node leaves.
 */

// `orchestre export-json x | head`: a closed pipe is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
const ctx: CliContext = {
  lang: detectLang(argv, process.env),
  out: (text) => process.stdout.write(`${text}\n`),
  write: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(`${text}\n`),
  now: () => Date.now(),
};

runCli(argv, ctx).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exitCode = 1;
  },
);
