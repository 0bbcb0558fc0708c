import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleCrashWriter } from '../crash/bundleWriter';
import { checkBackups, checkExports } from '../crash/checkSideFiles';
import { checkMigration, makeVersionOneEngagement } from '../crash/checkMigration';
import { prepareCrashEngagement, writerSetup } from '../crash/crashEngagement';
import { CrashLedger } from '../crash/crashLedger';
import { killWriter, type KillPlan } from '../crash/killRun';
import { crashSeed, seededRandom } from '../crash/prng';
import { verifyEngagement } from '../crash/verifyEngagement';
import { tempDir } from '../helpers/tempDir';

/**
 * Killing the app loses nothing acknowledged (issue #7). A forked writer edits an
 * engagement through the core API and is killed with SIGKILL at a random moment;
 * the file is reopened the way the app opens it and checked. `npm test` runs the
 * quick variant (10 kills during edits, a few of each special case);
 * `npm run test:crash` sets ORCHESTRE_CRASH_RUNS=100. The seed is printed: set
 * ORCHESTRE_CRASH_SEED to replay the same kill moments.
 */
const RUNS = Math.max(1, Number(process.env.ORCHESTRE_CRASH_RUNS) || 10);
const SPECIAL_RUNS = Math.max(1, Math.round(RUNS / 10));
const seed = crashSeed();
const random = seededRandom(seed);
const nextSeed = () => Math.floor(random() * 2 ** 31) + 1;
const replay = `seed ${seed} (replay: ORCHESTRE_CRASH_SEED=${seed})`;
const totals = { runs: 0, acknowledged: 0, expected: 0, found: 0, interrupted: 0 };
let bundle: ReturnType<typeof bundleCrashWriter>;
let writer = '';

beforeAll(() => {
  console.log(`crash suite: ${replay}`);
  bundle = bundleCrashWriter();
  writer = bundle.writer;
}, 60_000);
afterAll(() => {
  bundle?.dispose();
  console.log(
    `crash suite: ${totals.runs} runs (${totals.interrupted} killed inside a write transaction), ${totals.acknowledged} changes acknowledged (${totals.expected} rows to find), ${totals.found} found; ${replay}`,
  );
});

function tally(ledger: CrashLedger, found: number, runs: number): void {
  totals.runs += runs;
  totals.acknowledged += ledger.acknowledged;
  totals.expected += ledger.notes.size + ledger.objectives.size + ledger.actions.size + ledger.images.size;
  totals.found += found;
}

describe('SIGKILL at random moments', () => {
  test(
    `${RUNS} kills while editing: every acknowledged change is there, nothing half-applied`,
    async () => {
      const { root, base } = await prepareCrashEngagement();
      const ledger = new CrashLedger();
      let found = 0;
      for (let run = 0; run < RUNS; run += 1) {
        // Mostly while editing; now and then during start-up and open (hot-journal rollback, open backup).
        const plan: KillPlan = random() < 0.15 ? { afterForkMs: random() * 600 } : { afterReadyMs: random() * 400 };
        const outcome = await killWriter(writer, writerSetup(base, 'edits', nextSeed()), plan);
        ledger.record(outcome);
        const verdict = await verifyEngagement(base.file, ledger, path.join(root, 'check-backups'));
        expect(verdict.problems, `run ${run}, ${replay}`).toEqual([]);
        found = verdict.found;
        totals.interrupted += Number(verdict.interrupted);
      }
      tally(ledger, found, RUNS);
      expect(ledger.acknowledged, 'the writers got changes through').toBeGreaterThan(RUNS);
    },
    RUNS * 6_000 + 30_000,
  );

  test(
    `${SPECIAL_RUNS} kill(s) during a migration: version 1 intact or fully migrated`,
    async () => {
      const dir = tempDir();
      const original = makeVersionOneEngagement(dir);
      const { base } = await prepareCrashEngagement();
      // One open without a kill measures when the open starts and how long it takes here.
      const calibration = path.join(dir, 'calibration.orchestre');
      fs.copyFileSync(original, calibration);
      const measured = await killWriter(writer, writerSetup({ ...base, file: calibration }, 'migrate', 1), {
        afterReadyMs: 0,
      });
      expect(measured.ready, 'the calibration open completed').toBe(true);
      const versions: number[] = [];
      let inside = 0;
      for (let run = 0; run < SPECIAL_RUNS; run += 1) {
        const file = path.join(dir, `run-${run}.orchestre`);
        fs.copyFileSync(original, file);
        // Aim inside engagement:open (pre-migration backup, then the migration), whose
        // start and length the calibration run measured.
        const afterForkMs = measured.readyAfterMs! - measured.openMs! + measured.openMs! * random();
        await killWriter(writer, writerSetup({ ...base, file }, 'migrate', nextSeed()), { afterForkMs });
        const { problems, version, interrupted } = await checkMigration(file, dir);
        expect(problems, `migration run ${run}, ${replay}`).toEqual([]);
        versions.push(version);
        totals.interrupted += Number(interrupted);
        inside += Number(interrupted);
      }
      console.log(
        `crash suite: ${SPECIAL_RUNS} migration kill(s), ${inside} inside a transaction, file found at version ${versions.join(', ')} (open took ${measured.openMs!.toFixed(0)} ms)`,
      );
      totals.runs += SPECIAL_RUNS;
    },
    SPECIAL_RUNS * 10_000 + 30_000,
  );

  test(
    `${SPECIAL_RUNS} kill(s) during a rolling backup: no partial backup listed, the file intact`,
    async () => {
      const { root, base } = await prepareCrashEngagement();
      const ledger = new CrashLedger();
      let found = 0;
      for (let run = 0; run < SPECIAL_RUNS; run += 1) {
        const plan: KillPlan = { afterPhase: { phase: 'backup', ms: random() * 40 }, timeoutMs: 20_000 };
        const outcome = await killWriter(writer, writerSetup(base, 'backup', nextSeed()), plan);
        ledger.record(outcome);
        const verdict = await verifyEngagement(base.file, ledger, path.join(root, 'check-backups'));
        expect(verdict.problems, `backup run ${run}, ${replay}`).toEqual([]);
        totals.interrupted += Number(verdict.interrupted);
        expect(await checkBackups(base.userDataDir, base.file, ledger, root), `backup run ${run}, ${replay}`).toEqual(
          [],
        );
        found = verdict.found;
      }
      tally(ledger, found, SPECIAL_RUNS);
    },
    SPECIAL_RUNS * 10_000 + 30_000,
  );

  test(
    `${SPECIAL_RUNS} kill(s) during a deliverable export: no partial .docx at the target`,
    async () => {
      bundle.addExportWorker();
      const { root, base } = await prepareCrashEngagement();
      const ledger = new CrashLedger();
      let found = 0;
      for (let run = 0; run < SPECIAL_RUNS; run += 1) {
        // Aimed at the moment the files are written; every other run, anywhere in the export.
        const plan: KillPlan =
          run % 2 === 0
            ? { afterPhase: { phase: 'export-write', ms: random() * 3 }, timeoutMs: 40_000 }
            : { afterReadyMs: random() * 3_000 };
        const outcome = await killWriter(writer, writerSetup(base, 'export', nextSeed()), plan);
        ledger.record(outcome);
        const verdict = await verifyEngagement(base.file, ledger, path.join(root, 'check-backups'));
        expect(verdict.problems, `export run ${run}, ${replay}`).toEqual([]);
        totals.interrupted += Number(verdict.interrupted);
        const exports = await checkExports(base.exportFolder, ledger);
        expect(exports.problems, `export run ${run}, ${replay}`).toEqual([]);
        found = verdict.found;
      }
      tally(ledger, found, SPECIAL_RUNS);
    },
    SPECIAL_RUNS * 45_000 + 30_000,
  );
});
