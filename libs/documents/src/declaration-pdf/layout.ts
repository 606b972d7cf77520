// Page geometry (US Letter, points). The footer lives in the bottom margin.
export const PAGE = { width: 612, height: 792 };
export const MARGIN = { top: 64, bottom: 76, left: 54, right: 54 };
export const LEFT = MARGIN.left;
export const RIGHT = PAGE.width - MARGIN.right;
export const WIDTH = RIGHT - LEFT;
export const LABEL_COLUMN = 196;
export const COLUMN_GAP = 12;
export const INDENT = 12;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', oblique: 'Helvetica-Oblique' };
export const COLOR = { text: '#111111', label: '#4a4a4a', rule: '#9a9a9a', accent: '#7a1f2b', muted: '#666666' };
