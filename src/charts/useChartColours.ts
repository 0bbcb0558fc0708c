import { useSyncExternalStore } from 'react';
import { SERIES_COLOURS } from './seriesColours';

const DARK = '(prefers-color-scheme: dark)';

/** The same six hues, lightened to read on the dark theme's surface (the Word export keeps the print ones). */
const SERIES_COLOURS_DARK = ['#7C93E8', '#E9A35B', '#5CC891', '#F07B70', '#B09AE6', '#A3B0C2'] as const;

export interface ChartColours {
  /** Client first, then competitors. */
  series: readonly string[];
  planned: string;
  actual: string;
  /** A KPI's target line. */
  target: string;
}

const LIGHT: ChartColours = { series: SERIES_COLOURS, planned: '#3451b2', actual: '#e0902f', target: '#1d7a4c' };
const DARK_COLOURS: ChartColours = { series: SERIES_COLOURS_DARK, planned: '#7C93E8', actual: '#E9A35B', target: '#5CC891' };

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The screen charts' colours for the theme the OS asks for, updated when it changes. */
export function useChartColours(): ChartColours {
  const dark = useSyncExternalStore(subscribe, () => window.matchMedia(DARK).matches, () => false);
  return dark ? DARK_COLOURS : LIGHT;
}
