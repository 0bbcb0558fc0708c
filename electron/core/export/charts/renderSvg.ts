import type { ReactElement } from 'react';

/**
 * Renders a chart component to SVG markup in a happy-dom document. recharts 3 returns an
 * empty wrapper through renderToStaticMarkup, so the chart is mounted with createRoot and its
 * `svg.recharts-surface` read back once it settles. Runs in the export worker only: the DOM
 * globals it installs never reach the main process, and go with the worker.
 */
/**
 * HTML serialisation leaves « < » and « > » raw inside attribute values (a label like
 * `</w:t>` in an aria-label), which XML — resvg, Word — refuses. Quotes and ampersands are
 * already escaped there, so each double-quoted value can be fixed on its own. HTML also
 * writes U+00A0 as `&nbsp;`, an entity XML does not know.
 */
export function xmlSafeAttributes(markup: string): string {
  return markup
    .replace(/="([^"]*)"/g, (_m, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`)
    // HTML's one named entity XML lacks (French no-break spaces in labels).
    .replace(/&nbsp;/g, '&#160;');
}

/** Turns of the event loop a chart gets to settle: recharts measures, then draws, in effects. */
const MAX_SETTLE_TURNS = 50;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function withChartDom<T>(work: (render: (element: ReactElement) => Promise<string>) => Promise<T>): Promise<T> {
  const { GlobalRegistrator } = await import('@happy-dom/global-registrator');
  if (!('document' in globalThis)) GlobalRegistrator.register({ width: 1200, height: 900 });
  const { flushSync } = await import('react-dom');
  const { createRoot } = await import('react-dom/client');
  // React's production build (the app's) has no act(): render synchronously, then let the effects
  // recharts schedules run until the drawing stops changing.
  const render = async (element: ReactElement): Promise<string> => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = createRoot(host);
    try {
      flushSync(() => root.render(element));
      let drawn = '';
      for (let turn = 0; turn < MAX_SETTLE_TURNS; turn++) {
        await nextTurn();
        const svg = host.querySelector('.recharts-wrapper > svg.recharts-surface') ?? host.querySelector('svg.recharts-surface');
        const markup = svg?.outerHTML ?? '';
        if (markup && markup === drawn) break;
        drawn = markup;
      }
      if (!drawn) throw new Error('chart rendered no SVG');
      return xmlSafeAttributes(drawn);
    } finally {
      root.unmount();
      host.remove();
    }
  };
  // The DOM globals stay for the life of the thread: it is the export worker's own, and React's
  // scheduler may still run work that reads `window` after the last chart (its development build does).
  return work(render);
}
