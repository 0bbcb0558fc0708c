import fs from 'node:fs';
import path from 'node:path';
import { FILE_NAME_FORBIDDEN } from '../../../src/shared/fileNameRules';
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
    .replace(FILE_NAME_FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${base || 'Mission'}${FILE_EXTENSION}`;
}

/** `Client - Titre.orchestre`, or `Client - Titre (2).orchestre` if that one is taken, and so on. */
export function firstFreePath(folder: string, fileName: string): string {
  const stem = fileName.slice(0, -FILE_EXTENSION.length);
  for (let n = 1; ; n += 1) {
    const candidate = path.join(folder, n === 1 ? fileName : `${stem} (${n})${FILE_EXTENSION}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}
