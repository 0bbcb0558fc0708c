/**
 * The JSON interchange format of a whole engagement (docs/file-format.md).
 *
 * `formatVersion` versions the envelope (this file's shape); `schemaVersion` is
 * the `user_version` of the `.orchestre` file the rows come from, so the rows'
 * columns are exactly that schema's. A reader accepts any `schemaVersion` it can
 * migrate from (1 … SCHEMA_VERSION) and refuses newer ones.
 */
export const INTERCHANGE_FORMAT = 'orchestre-engagement';
export const INTERCHANGE_FORMAT_VERSION = 1;

/** A column value as JSON carries it; BLOBs travel as base64 strings. */
export type JsonCell = string | number | null;
export type JsonRow = Record<string, JsonCell>;

export interface EngagementDocument {
  format: typeof INTERCHANGE_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  generator?: string;
  tables: Record<string, JsonRow[]>;
}
