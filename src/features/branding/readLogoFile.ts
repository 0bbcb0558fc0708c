/** The contract accepts a PNG/JPEG data URL of 3 MB at most; checked here first to say why. */
export const MAX_LOGO_BYTES = 3 * 1024 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg'];

export type LogoReadResult = { ok: true; dataUrl: string } | { ok: false; reason: 'tooLarge' | 'wrongType' | 'unreadable'; size: number };

export function readLogoFile(file: File): Promise<LogoReadResult> {
  if (!LOGO_TYPES.includes(file.type)) return Promise.resolve({ ok: false, reason: 'wrongType', size: file.size });
  if (file.size > MAX_LOGO_BYTES) return Promise.resolve({ ok: false, reason: 'tooLarge', size: file.size });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? { ok: true, dataUrl: reader.result } : { ok: false, reason: 'unreadable', size: file.size });
    reader.onerror = () => resolve({ ok: false, reason: 'unreadable', size: file.size });
    reader.readAsDataURL(file);
  });
}
