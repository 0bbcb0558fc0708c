import path from 'node:path';
import { createApiHost } from '../../electron/core/api/apiHost';
import { createServices } from '../../electron/core/api/createServices';
import { tempDir } from './tempDir';

/** A real API host over a temporary user-data folder and documents folder. */
export function createTestApi() {
  const root = tempDir();
  process.env.ORCHESTRE_DOCUMENTS = path.join(root, 'Documents');
  const { services, events } = createServices({
    userDataDir: path.join(root, 'userData'),
    platform: { kind: 'web' },
    appVersion: '0.0.0-test',
  });
  const api = createApiHost(services);
  return { api, services, events, root };
}
