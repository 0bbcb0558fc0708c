import { useEffect } from 'react';
import { clearJump, jumpKey, useJumpTarget } from './jumpTarget';
import './jump.css';

/** How long to wait for the section (and its data) to render the item before giving up. */
const WAIT_MS = 4000;
const HIGHLIGHT_MS = 2500;

/**
 * Mounted once in the engagement shell: when a jump is pending, waits for the
 * element `[data-jump="kind:id"]` to appear, then scrolls it into view, moves
 * the focus to it (so a keyboard user continues from there) and highlights it.
 */
export function JumpHighlighter({ engagementId, section }: { engagementId: string; section: string }) {
  const target = useJumpTarget();
  useEffect(() => {
    if (!target || target.engagementId !== engagementId || target.section !== section) return;
    const selector = `[data-jump="${jumpKey(target.kind, target.itemId)}"]`;
    let frame = 0;
    let highlightTimer = 0;
    const started = performance.now();
    const look = () => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) {
        if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(look);
        else clearJump(target);
        return;
      }
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      element.focus({ preventScroll: true });
      element.classList.add('jump-highlight');
      highlightTimer = window.setTimeout(() => element.classList.remove('jump-highlight'), HIGHLIGHT_MS);
      clearJump(target);
    };
    frame = requestAnimationFrame(look);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(highlightTimer);
    };
  }, [target, engagementId, section]);
  return null;
}
