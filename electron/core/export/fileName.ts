import type { Lang } from '../../../src/shared/lang';
import type { DeliverableKind } from '../../../src/shared/model/deliverables';
import { labelsFor } from './kit/labels';

/** « Audit de présence digitale - Boulangerie Martin - v3.docx »: safe on Windows, macOS and Linux (NFC, no reserved characters). */
export function deliverableFileName(kind: DeliverableKind, clientName: string, version: number, lang: Lang, engagementLang: Lang): string {
  const client = clientName
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f<>:"/\\|?*\u007f]/g, ' ')
    .replace(/\p{Extended_Pictographic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .replace(/[. ]+$/, '');
  const suffix = lang !== engagementLang ? ` (${lang.toUpperCase()})` : '';
  return `${labelsFor(lang).fileNames[kind]}${client ? ` - ${client}` : ''} - v${version}${suffix}.docx`;
}
