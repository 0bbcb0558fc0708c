import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApiHost } from '../core/api/apiHost';
import { createServices } from '../core/api/createServices';
import { readAppVersion } from '../core/appVersion';
import { defaultUserDataDir } from '../core/workspace/appPaths';
import { startBridge } from './server';

/**
 * Browser mode: the same API and renderer as the desktop app, served on
 * 127.0.0.1 for Chromium (and the end-to-end tests). No native dialogs here;
 * the renderer offers the workspace folder's files and a path field instead.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, token: { type: 'string' }, quiet: { type: 'boolean' } },
    allowPositionals: false,
  });
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const { services, events } = createServices({
    userDataDir: defaultUserDataDir(),
    platform: { kind: 'web' },
    appVersion: readAppVersion(),
  });
  const api = createApiHost(services, log);
  const bridge = await startBridge({
    api,
    events,
    port: values.port ? Number(values.port) : 0,
    ...(values.token ? { token: values.token } : {}),
    staticDir: path.resolve(__dirname, '../renderer'),
    log,
  });
  process.stdout.write(`Orchestre (mode navigateur) : ${bridge.launchUrl}\n`);

  const shutdown = async () => {
    // Closing each engagement releases its lock and removes its journal file.
    services.sessions.closeAll();
    await bridge.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`Orchestre n'a pas pu démarrer le mode navigateur : ${String(error)}\n`);
  process.exit(1);
});
