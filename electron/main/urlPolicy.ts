/**
 * URL rules of the desktop shell, kept free of Electron imports so they are
 * unit-tested here even where the Electron binary cannot run.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://orchestre`;

/** Only web links may leave the app, and only to the user's browser. */
export function isSafeExternalUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** An IPC call is trusted only from our own page (Electron security checklist: validate the sender). */
export function isTrustedFrameUrl(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false;
  try {
    // Node's URL gives custom schemes an opaque origin ("null"): compare scheme and host.
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === 'orchestre' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** In-app navigation stays on our origin; anything else is refused. */
export function isInAppUrl(raw: string): boolean {
  return raw.startsWith(`${APP_ORIGIN}/`);
}

/** The part of Electron's WebFrameMain the sender check needs. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Our page's top frame only: not a subframe, not another origin, not a destroyed frame. */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined): boolean {
  return Boolean(frame) && frame!.parent === null && isTrustedFrameUrl(frame!.url);
}
