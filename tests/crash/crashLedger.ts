import type { Change } from './changes';
import type { KillOutcome } from './killRun';

const linkKey = (ids: number[]) => [...ids].sort((a, b) => a - b).join(',');

/**
 * Everything the writers acknowledged, across runs on the same file. For an edit
 * of an existing row, the value after a kill may be the last acknowledged one or
 * the one announced just before the kill (committed but not yet acknowledged).
 */
export class CrashLedger {
  readonly notes = new Map<number, string>();
  readonly objectives = new Map<number, { statement: string; targets: Set<number> }>();
  readonly actions = new Map<number, Set<string>>();
  readonly images = new Map<number, { imageId: number; caption: string }>();
  readonly backups = new Set<string>();
  readonly exports = new Set<string>();
  acknowledged = 0;
  /**
   * Writers killed since the last backup (export) that went through: their
   * half-written temp files may still be there; a later successful one sweeps them.
   */
  killedSinceBackup: number[] = [];
  killedSinceExport: number[] = [];

  record(outcome: KillOutcome): void {
    for (const change of outcome.acks) this.apply(change);
    const acked = (kind: string) => outcome.acks.some((change) => change.kind === kind);
    this.killedSinceBackup = acked('backup') ? [outcome.pid] : [...this.killedSinceBackup, outcome.pid];
    this.killedSinceExport = acked('export') ? [outcome.pid] : [...this.killedSinceExport, outcome.pid];
    for (const intent of outcome.pending) {
      if (intent.kind === 'objectiveTarget' && intent.id !== undefined && intent.target !== undefined)
        this.objectives.get(intent.id)?.targets.add(intent.target);
      if (intent.kind === 'actionLinks' && intent.id !== undefined && intent.objectiveIds)
        this.actions.get(intent.id)?.add(linkKey(intent.objectiveIds));
    }
  }

  private apply(change: Change): void {
    this.acknowledged += 1;
    switch (change.kind) {
      case 'note':
        this.notes.set(change.id, change.text);
        break;
      case 'objective':
        this.objectives.set(change.id, { statement: change.statement, targets: new Set([change.target]) });
        break;
      case 'objectiveTarget': {
        const objective = this.objectives.get(change.id);
        // An objective created by the parent's setup is not in the ledger until its first edit.
        if (objective) objective.targets = new Set([change.target]);
        else this.objectives.set(change.id, { statement: '', targets: new Set([change.target]) });
        break;
      }
      case 'action':
      case 'actionLinks':
        this.actions.set(change.id, new Set([linkKey(change.objectiveIds)]));
        break;
      case 'image':
        this.images.set(change.auditImageId, { imageId: change.imageId, caption: change.caption });
        break;
      case 'backup':
        this.backups.add(change.fileName);
        break;
      case 'export':
        this.exports.add(change.fileName);
        break;
    }
  }
}

export { linkKey };
