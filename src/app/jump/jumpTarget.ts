import { useEffect, useSyncExternalStore } from 'react';
import type { SearchHit, SearchItemKind } from '../../shared/model/search';
import { navigate } from '../routing/useRoute';

/**
 * « Aller à » an item found by search: the app goes to the item's section, the
 * section selects what holds the item (a session, a channel, a persona) through
 * `useJumpHolder`, and `JumpHighlighter` scrolls to the element marked
 * `data-jump="kind:id"`, focuses and highlights it. One pending target at a time.
 */
export interface JumpTarget {
  engagementId: string;
  section: string;
  kind: SearchItemKind;
  itemId: number;
  parentId: number | null;
  /** Increases with each request, so jumping twice to the same item acts twice. */
  seq: number;
}

let target: JumpTarget | null = null;
let seq = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function requestJump(engagementId: string, hit: Pick<SearchHit, 'section' | 'kind' | 'itemId' | 'parentId'>): void {
  seq += 1;
  target = { engagementId, section: hit.section, kind: hit.kind, itemId: hit.itemId, parentId: hit.parentId, seq };
  notify();
  navigate({ name: 'engagement', engagementId, section: hit.section });
}

export function clearJump(done: JumpTarget): void {
  if (target?.seq !== done.seq) return;
  target = null;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useJumpTarget(): JumpTarget | null {
  return useSyncExternalStore(subscribe, () => target);
}

/** The attribute value an item's element carries so a jump can find it. */
export const jumpKey = (kind: SearchItemKind, id: number) => `${kind}:${id}`;

/**
 * In a section whose items sit inside a holder shown one at a time (a session,
 * a channel, a persona, a tab): lets the section show the holder of the pending
 * target, once per request, so the item gets rendered.
 */
export function useJumpHolder(section: string, show: (target: JumpTarget) => void): void {
  const pending = useJumpTarget();
  const wanted = pending && pending.section === section ? pending : null;
  useEffect(() => {
    if (wanted) show(wanted);
    // Only a new request acts: the user may pick another holder afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted?.seq]);
}
