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

// The neutral ink of every chart, in print colours. On screen in the dark theme, src/ui/base.css
// repaints exactly these values with the theme's tokens: change them there too.
export const LABEL_COLOR = '#262626';
export const AXIS_COLOR = '#6B6B6B';
export const GRID_COLOR = '#D9D9D9';
