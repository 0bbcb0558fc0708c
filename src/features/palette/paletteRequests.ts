/**
 * Buttons elsewhere in the app (« Rechercher », « Aide ») open the palette or
 * the Aide dialog mounted once by PaletteHost, which registers here.
 */
type Opener = (what: 'palette' | 'help') => void;
let opener: Opener | null = null;

export function registerPaletteOpener(open: Opener): () => void {
  opener = open;
  return () => {
    if (opener === open) opener = null;
  };
}

export function openPalette(): void {
  opener?.('palette');
}

export function openHelp(): void {
  opener?.('help');
}
