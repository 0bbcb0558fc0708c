/** What every Orchestre chart takes: an explicit size and font (no responsive container, no animation), so the screen and the Word export draw the same picture. */
export interface ChartFrame {
  width: number;
  height: number;
  /** CSS font-family list, e.g. 'Calibri, Carlito'. */
  fontFamily: string;
}

export interface Series {
  key: string;
  label: string;
  color: string;
}

export const AXIS_COLOR = '#6B6B6B';
export const GRID_COLOR = '#D9D9D9';
