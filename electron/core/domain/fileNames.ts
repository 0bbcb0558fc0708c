import { FILE_EXTENSION } from '../store/fileFormat';

/**
 * A file name any OS accepts, from the client's name: no reserved characters, no
 * trailing dots or spaces (Windows), not too long for synced folders' path limits.
 */
export function engagementFileName(clientName: string, title?: string): string {
  const base = [clientName, title]
    .filter(Boolean)
    .join(' - ')
    .normalize('NFC')
    .replace(/[/\\:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${base || 'Mission'}${FILE_EXTENSION}`;
}
