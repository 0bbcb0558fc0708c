import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { screenshotPath } from './support';

/**
 * The first-run screen's three ways in, on a workspace of its own: the shared
 * server's welcome screen ends with the first engagement `01-first-launch-lifecycle`
 * creates, and « Ne plus afficher » cannot be undone. So this file starts a second
 * bridge (same build, port chosen by the system, fresh app data), about a second.
 */
let server: ChildProcess;
let launchUrl: string;
let root: string;

test.beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-onboarding-'));
  for (const dir of ['user-data', 'documents']) fs.mkdirSync(path.join(root, dir));
  server = spawn(process.execPath, ['out/main/web.js', '--port', '0', '--token', 'onboarding-token'], {
    env: { ...process.env, ORCHESTRE_USER_DATA: path.join(root, 'user-data'), ORCHESTRE_DOCUMENTS: path.join(root, 'documents') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  launchUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(out);
      if (url) resolve(url[0]);
    });
    server.once('exit', (code) => reject(new Error(`the onboarding server stopped (${code}): ${out}${errors}`)));
  });
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test('first run: « Créer un profil de marque » opens on a new profile, « Ouvrir l’exemple » opens the demo, « Ne plus afficher » is remembered', async ({ page }) => {
  const home = launchUrl.replace(/#.*$/, '#/');
  await page.goto(launchUrl);
  const welcome = page.getByRole('region', { name: 'Bienvenue dans Orchestre' });
  await expect(welcome).toBeVisible();

  // « Créer un profil de marque »: straight on a new profile's form, its name suggested and focused.
  await welcome.getByRole('button', { name: 'Créer un profil de marque' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profils de marque' });
  const name = dialog.getByRole('textbox', { name: 'Nom du profil' });
  await expect(name).toHaveValue('Mon profil de marque');
  await expect(name).toBeFocused();
  await expect(dialog.getByRole('navigation', { name: 'Profils' }).getByRole('button', { name: /Mon profil de marque/ })).toHaveAttribute('aria-current', 'true');
  // The suggestion is selected: typing replaces it, and the profile keeps the new name.
  await page.keyboard.type('Cabinet Lemaire');
  await expect(name).toHaveValue('Cabinet Lemaire');
  await page.screenshot({ path: screenshotPath('onboarding-new-profile-fr.png') });
  await expect(dialog.getByRole('navigation', { name: 'Profils' }).getByRole('button', { name: /Cabinet Lemaire/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();
  await expect(dialog).toBeHidden();

  // « Ouvrir l’exemple »: the demo engagement opens on its overview.
  await welcome.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
  await expect(page).toHaveURL(/#\/e\/[^/]+\/overview$/);
  await expect(page.getByTestId('engagement-client')).toHaveText('Les Ateliers Verdier');
  await expect(page.getByRole('region', { name: 'Chiffres clés' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('onboarding-demo-fr.png') });

  // Opening the demo is not a first engagement of one's own: the welcome screen is still offered.
  await page.getByRole('button', { name: 'Fermer la mission' }).click();
  await expect(welcome).toBeVisible();

  // « Ne plus afficher »: gone now, and still gone after a reload.
  await welcome.getByRole('button', { name: 'Ne plus afficher' }).click();
  await expect(welcome).toHaveCount(0);
  await page.goto(home);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos missions');
  await expect(page.getByTestId('recent-engagement').filter({ hasText: 'Les Ateliers Verdier' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bienvenue dans Orchestre' })).toHaveCount(0);
});
