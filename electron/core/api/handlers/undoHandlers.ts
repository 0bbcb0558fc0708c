import type { undoContract, UndoResult } from '../../../../src/shared/contract/undoContract';
import type { EngagementSession } from '../../store/sessions';
import type { Handlers } from '../handlerTypes';

const NOTHING = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

function revert(session: EngagementSession, from: 'undo' | 'redo'): UndoResult {
  const log = session.undo;
  if (!log) return { ...NOTHING, reverted: null };
  const reverted = log.state()[from === 'undo' ? 'canUndo' : 'canRedo'] ? session.write(() => log.revert(from)) : null;
  return { ...log.state(), reverted };
}

export const undoHandlers: Handlers<typeof undoContract> = {
  'undo:state': (input, ctx) => ctx.sessions.get(input.engagementId).undo?.state() ?? NOTHING,
  'undo:undo': (input, ctx) => revert(ctx.sessions.get(input.engagementId), 'undo'),
  'undo:redo': (input, ctx) => revert(ctx.sessions.get(input.engagementId), 'redo'),
};
