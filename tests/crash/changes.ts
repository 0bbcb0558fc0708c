/**
 * What the crash writer tells its parent. An `intent` is sent just before an API
 * call, an `ack` once the call returned: an acknowledged change must survive a
 * kill; an intent without its ack may or may not have committed, but never in part.
 */
export type Change =
  | { kind: 'note'; id: number; text: string }
  | { kind: 'objective'; id: number; statement: string; target: number }
  | { kind: 'objectiveTarget'; id: number; target: number }
  | { kind: 'action'; id: number; objectiveIds: number[] }
  | { kind: 'actionLinks'; id: number; objectiveIds: number[] }
  | { kind: 'image'; auditImageId: number; imageId: number; caption: string }
  | { kind: 'backup'; fileName: string }
  | { kind: 'export'; fileName: string };

export type WriterMode = 'edits' | 'backup' | 'export' | 'migrate';

export type WriterMessage =
  | { type: 'ready'; openMs: number }
  | { type: 'intent'; change: Partial<Change> & { kind: Change['kind'] } }
  | { type: 'ack'; change: Change }
  /** A step the parent may aim its kill at (the export's file write). */
  | { type: 'phase'; phase: string };

/** What the writer needs to know about the engagement the parent prepared. */
export interface WriterSetup {
  file: string;
  userDataDir: string;
  mode: WriterMode;
  seed: number;
  sessionId: number;
  channelId: number;
  objectiveIds: number[];
  exportFolder: string;
}
