import { useCallback } from 'react';

/**
 * A box that scrolls must be reachable from the keyboard (WCAG 2.1.1; axe's
 * « scrollable-region-focusable »): while its content overflows, and only then,
 * it joins the tab order (a plain box as a named region), so boxes that fit add
 * no Tab stop. Returns a ref callback for the scrolling element.
 */
export function useKeyboardScroll(label: string): (node: HTMLElement | null) => (() => void) | undefined {
  return useCallback(
    (node: HTMLElement | null) => {
      if (!node || typeof ResizeObserver === 'undefined') return undefined;
      const plainBox = node.tagName === 'DIV' && !node.hasAttribute('role');
      const named = node.hasAttribute('aria-label') || node.hasAttribute('aria-labelledby');
      const update = () => {
        const overflows = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
        if (overflows) {
          node.tabIndex = 0;
          if (plainBox) node.setAttribute('role', 'region');
          if (!named) node.setAttribute('aria-label', label);
        } else {
          node.removeAttribute('tabindex');
          if (plainBox) node.removeAttribute('role');
          if (!named) node.removeAttribute('aria-label');
        }
      };
      const resized = new ResizeObserver(update);
      resized.observe(node);
      for (const child of Array.from(node.children)) resized.observe(child);
      const changed = new MutationObserver(update);
      changed.observe(node, { childList: true });
      update();
      return () => {
        resized.disconnect();
        changed.disconnect();
      };
    },
    [label],
  );
}
