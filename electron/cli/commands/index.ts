import type { CliCommand } from '../command';
import { checkCommand } from './checkCommand';
import { demoCommand } from './demoCommand';
import { exportCommand } from './exportCommand';
import { exportJsonCommand } from './exportJsonCommand';
import { importJsonCommand } from './importJsonCommand';
import { infoCommand } from './infoCommand';
import { newCommand } from './newCommand';

/** Every `orchestre` sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  infoCommand,
  checkCommand,
  exportJsonCommand,
  importJsonCommand,
  demoCommand,
  exportCommand,
];
