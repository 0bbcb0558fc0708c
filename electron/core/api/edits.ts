import type { MethodName } from '../../../src/shared/contract';

/**
 * Methods that write to an engagement without being an edit the user would
 * undo: the capture box's draft saved while typing, export bookkeeping, and
 * undo/redo themselves. Every other method that changes an open engagement is
 * one undoable step (methods that only read change nothing and leave no step).
 */
const NOT_EDITS: ReadonlySet<string> = new Set<MethodName>([
  'interview:saveDraft',
  'deliverables:export',
  'deliverables:markSent',
  'undo:undo',
  'undo:redo',
]);

export function isEdit(method: MethodName, input: unknown): boolean {
  return typeof (input as { engagementId?: unknown }).engagementId === 'string' && !NOT_EDITS.has(method);
}
