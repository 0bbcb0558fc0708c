#!/usr/bin/env node
// `npm run test:crash`: the full crash suite, 100 SIGKILLs while editing plus 10 each during a
// migration, a rolling backup and a deliverable export (tests/integration/crash.test.ts; `npm test`
// runs the same file with 10 kills). ORCHESTRE_CRASH_RUNS changes the count, ORCHESTRE_CRASH_SEED
// replays the kill moments of a printed seed. A plain Node script so the variable is set the same
// way on Windows.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, ORCHESTRE_CRASH_RUNS: process.env.ORCHESTRE_CRASH_RUNS ?? '100' };
const result = spawnSync('npx', ['vitest', 'run', 'tests/integration/crash.test.ts', ...process.argv.slice(2)], {
  env,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
