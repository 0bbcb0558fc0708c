import path from 'node:path';

/** The launch URL the bridge prints (the token travels in the fragment). */
export const E2E_TOKEN = 'e2e-token';
export const launchPath = `/#token=${E2E_TOKEN}`;

export function screenshotPath(name: string): string {
  return path.join('test-results', 'screenshots', name);
}

/** The engagements folder the web server was started with (see playwright.config.ts). */
export function documentsFolder(): string {
  const root = process.env.ORCHESTRE_E2E_ROOT;
  if (!root) throw new Error('ORCHESTRE_E2E_ROOT is set by playwright.config.ts');
  return path.join(root, 'documents');
}
