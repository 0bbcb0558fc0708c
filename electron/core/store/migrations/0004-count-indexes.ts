import type { Migration } from './migration';

/**
 * Indexes for what every save returns: after a field save the overview is sent
 * back with its counts, and counting live notes (`deleted_at IS NULL`) or the
 * plan's budget read every row of `notes` and `actions` (about 25 ms on a
 * 50,000-note engagement, on each save). With these, live notes are the table's
 * count minus the few deleted ones, found through the index, and the action
 * counts and budget are read from a covering index.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'count-indexes',
  up(db) {
    db.exec(`CREATE INDEX notes_by_deleted ON notes (deleted_at);
             CREATE INDEX actions_budget_by_status ON actions (status, budget_planned_cents);`);
  },
};
