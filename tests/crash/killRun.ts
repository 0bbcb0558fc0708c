import { fork } from 'node:child_process';
import type { Change, WriterMessage, WriterSetup } from './changes';

export interface KillPlan {
  /** Kill this many ms after the writer opened the engagement… */
  afterReadyMs?: number;
  /** …or this many ms after the fork (to land inside the open, e.g. a migration)… */
  afterForkMs?: number;
  /** …or this many ms after the writer reports this phase. */
  afterPhase?: { phase: string; ms: number };
  /** Give up and kill anyway after this long (the aimed phase never came). */
  timeoutMs?: number;
}

export interface KillOutcome {
  acks: Change[];
  /** Changes announced but not acknowledged before the kill: may or may not be there. */
  pending: Extract<WriterMessage, { type: 'intent' }>['change'][];
  ready: boolean;
  openMs?: number;
  /** From the fork to the writer's `ready` (start-up plus open). */
  readyAfterMs?: number;
  phases: string[];
  killedAfterMs: number;
  /** The writer's process id: temp files it left are named after it. */
  pid: number;
}

/**
 * Forks the writer (bundled by bundleWriter.ts), kills it with SIGKILL as the plan says, and returns what it
 * acknowledged. The kill is the only way it ends: an early exit is a failure.
 */
export function killWriter(writer: string, setup: WriterSetup, plan: KillPlan): Promise<KillOutcome> {
  const child = fork(writer, [JSON.stringify(setup)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const forkedAt = performance.now();
  const outcome: KillOutcome = {
    acks: [],
    pending: [],
    ready: false,
    phases: [],
    killedAfterMs: 0,
    pid: child.pid ?? 0,
  };
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let timer: NodeJS.Timeout | undefined;
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    outcome.killedAfterMs = performance.now() - forkedAt;
    child.kill('SIGKILL');
  };
  const killIn = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(kill, ms);
  };
  if (plan.afterForkMs !== undefined) killIn(plan.afterForkMs);
  else killIn(plan.timeoutMs ?? 30_000);

  child.on('message', (message: WriterMessage) => {
    if (message.type === 'ready') {
      outcome.ready = true;
      outcome.openMs = message.openMs;
      outcome.readyAfterMs = performance.now() - forkedAt;
      if (plan.afterReadyMs !== undefined) killIn(plan.afterReadyMs);
    } else if (message.type === 'intent') {
      outcome.pending.push(message.change);
    } else if (message.type === 'ack') {
      outcome.acks.push(message.change);
      outcome.pending = [];
    } else if (message.type === 'phase') {
      outcome.phases.push(message.phase);
      if (plan.afterPhase?.phase === message.phase && !outcome.phases.slice(0, -1).includes(message.phase))
        killIn(plan.afterPhase.ms);
    }
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(outcome);
      else reject(new Error(`crash writer ended by itself (code ${code}, signal ${signal}):\n${stderr}`));
    });
  });
}
