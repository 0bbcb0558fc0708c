/**
 * Fonts every Word install has, so deliverables look the same everywhere. Kept out of the
 * contract files so the renderer's first screen can list them without bundling zod.
 */
export const WORD_SAFE_FONTS = ['Calibri', 'Cambria', 'Arial', 'Georgia', 'Garamond', 'Times New Roman', 'Verdana', 'Trebuchet MS'] as const;
