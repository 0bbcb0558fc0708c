import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../../src/shared/contract';
import { AppError } from '../../src/shared/errors';
import type { ApiHost } from '../core/api/apiHost';
import { isTrustedSenderFrame } from './urlPolicy';

/**
 * The IPC transport: a loop over the contract table. Each method gets its own
 * channel (named as the method), the sender frame is checked, the payload is
 * validated by the host. No channel name is written here.
 */
export function registerIpc(api: ApiHost): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(method, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSenderFrame(event.senderFrame)) {
        return { ok: false, error: new AppError('FORBIDDEN_SENDER').toShape() };
      }
      return api.invoke(method, payload, `window-${event.sender.id}`);
    });
  }
}
