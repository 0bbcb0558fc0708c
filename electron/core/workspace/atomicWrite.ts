import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a side file (workspace.json, a profile, an exported .docx) so that a
 * crash leaves either the old or the new content, never half of it: hidden temp
 * file in the same folder, fsync, rename, fsync of the folder. Windows may refuse
 * the rename for a moment while an antivirus or indexer holds the target, so it
 * is retried briefly. The temp name carries the writer's pid, so temp files left
 * by a killed process are removed by the next write into the same folder.
 */
export function writeFileAtomic(target: string, content: string | Buffer): void {
  const folder = path.dirname(target);
  fs.mkdirSync(folder, { recursive: true });
  sweepDeadTemporaries(folder);
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const fd = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    renameWithRetry(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(folder);
}

function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt += 1) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1));
    }
  }
}

/** The rename itself survives a power cut once the folder entry is on disk (POSIX; Windows cannot open a folder: skipped). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here (Windows, some network shares): the file itself is synced.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Our temp names: hidden, ending in `.<pid>-<8 hex>.tmp`. */
const TEMPORARY_NAME = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;

/** Temp files in this folder whose writer process no longer runs (killed mid-write). */
function sweepDeadTemporaries(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY_NAME.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isProcessRunning(pid)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
