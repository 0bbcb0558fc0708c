/**
 * What makes a file an Orchestre engagement.
 *
 * `PRAGMA application_id` is 0x4F524348, the ASCII bytes "ORCH" (decimal 1330791240),
 * written at offset 68 of the SQLite header, as sqlite.org/fileformat2.html#appid
 * recommends for application file formats. `PRAGMA user_version` (offset 60) is the
 * schema version, bumped by each migration.
 */
export const APPLICATION_ID = 0x4f524348;
export const FILE_EXTENSION = '.orchestre';
export const SQLITE_MAGIC = 'SQLite format 3\u0000';
export const SQLITE_HEADER_SIZE = 100;
