import { z } from 'zod';
import type { AppInfo } from '../model/workspace';
import { method } from './define';

/** App-level methods: what the host can do (dialogs exist only on the desktop). */
export const appContract = {
  'app:info': method(z.object({}).strict()).returns<AppInfo>(),
  /** Native "Ouvrir…" dialog; resolves null when cancelled. Desktop only. */
  'dialog:openEngagement': method(z.object({}).strict()).returns<{ path: string } | null>(),
  /** Native folder chooser; resolves null when cancelled. Desktop only. */
  'dialog:chooseFolder': method(z.object({ defaultPath: z.string().max(4096).optional() }).strict()).returns<{
    path: string;
  } | null>(),
  /** Opens an exported deliverable (.docx) with the system's default app. Desktop only. */
  'shell:openPath': method(z.object({ path: z.string().min(1).max(4096) }).strict()).returns<{ opened: boolean }>(),
  /** Shows an exported deliverable (.docx) in the file manager. Desktop only. */
  'shell:showItemInFolder': method(z.object({ path: z.string().min(1).max(4096) }).strict()).returns<{ opened: boolean }>(),
  /** Opens an http(s) link in the user's browser; other schemes are refused. */
  'shell:openExternal': method(z.object({ url: z.string().max(2048) }).strict()).returns<{ opened: boolean }>(),
};
