/** Six colours told apart in colour and in grey print (client first, then up to five competitors). */
export const SERIES_COLOURS = ['#1F4E9C', '#D9822B', '#2E9E6B', '#B23A48', '#7A5BB5', '#6B7A8F'] as const;
/** The screen's chart font; the export passes its own deliverable font. */
export const SCREEN_CHART_FONT = 'Inter, "Segoe UI", system-ui, sans-serif';
