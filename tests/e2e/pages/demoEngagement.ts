import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { documentsFolder } from '../support';
import { EngagementPage } from './EngagementPage';
import { HomePage } from './HomePage';
import { OpenDialog } from './OpenDialog';

/**
 * Writes the demo engagement (`orchestre demo`) into a fresh subfolder of the
 * documents folder — each call gets its own copy, since `demo` never replaces a
 * file (so `--repeat-each` works) — and opens it from the home screen's
 * « Ouvrir… » as a consultant would.
 */
export async function openDemoEngagement(page: Page, subfolder: string): Promise<{ file: string; engagement: EngagementPage; home: HomePage }> {
  const folder = fs.mkdtempSync(path.join(documentsFolder(), `${subfolder}-`));
  const file = execFileSync(process.execPath, [path.resolve('bin/orchestre.js'), 'demo', folder], { encoding: 'utf8' }).trim();
  const home = new HomePage(page);
  await home.launch();
  await home.openButton.click();
  const dialog = new OpenDialog(page);
  await dialog.expectOpen();
  await dialog.openPath(file);
  const engagement = new EngagementPage(page);
  await expect(engagement.clientName).toHaveText('Les Ateliers Verdier');
  return { file, engagement, home };
}
