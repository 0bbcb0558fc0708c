/** How long a command waits for its section to render the field it focuses. */
const WAIT_MS = 4000;

/**
 * Focuses the first element matching `selector` once it exists: a command that
 * goes to a section (« Nouvelle note ») then puts the caret in its input.
 */
export function focusWhenReady(selector: string): void {
  const started = performance.now();
  const look = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      element.focus();
    } else if (performance.now() - started < WAIT_MS) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
