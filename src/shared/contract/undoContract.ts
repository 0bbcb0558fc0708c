import { z } from 'zod';
import { method } from './define';
import { engagementId } from './fields';

/** What can be undone or redone in an engagement; labels are the API methods of the edits (`persona:delete`). */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface UndoResult extends UndoState {
  /** The method of the edit just reverted, or null when there was nothing to revert. */
  reverted: string | null;
}

const e = z.object({ engagementId }).strict();

export const undoContract = {
  'undo:state': method(e).returns<UndoState>(),
  /** Reverts the last edit made in this session of the engagement. */
  'undo:undo': method(e).returns<UndoResult>(),
  /** Makes again the last edit undone, unless a new edit came in between. */
  'undo:redo': method(e).returns<UndoResult>(),
};
