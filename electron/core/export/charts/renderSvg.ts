import type { ReactElement } from 'react';

/**
 * Renders a chart component to SVG markup in a happy-dom document. recharts 3 returns an
 * empty wrapper through renderToStaticMarkup, so the chart is mounted with createRoot inside
 * act() and its `svg.recharts-surface` read back. Runs in the export worker only: the DOM
 * globals it installs never reach the main process.
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

export async function withChartDom<T>(work: (render: (element: ReactElement) => Promise<string>) => Promise<T>): Promise<T> {
  const { GlobalRegistrator } = await import('@happy-dom/global-registrator');
  const registered = !('document' in globalThis);
  if (registered) GlobalRegistrator.register({ width: 1200, height: 900 });
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const { act } = await import('react');
  const { createRoot } = await import('react-dom/client');
  const render = async (element: ReactElement): Promise<string> => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = createRoot(host);
    try {
      await act(async () => root.render(element));
      const svg = host.querySelector('.recharts-wrapper > svg.recharts-surface') ?? host.querySelector('svg.recharts-surface');
      if (!svg) throw new Error('chart rendered no SVG');
      return xmlSafeAttributes(svg.outerHTML);
    } finally {
      await act(async () => root.unmount());
      host.remove();
    }
  };
  try {
    return await work(render);
  } finally {
    if (registered) await GlobalRegistrator.unregister();
  }
}
