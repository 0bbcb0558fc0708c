import fs from 'node:fs';
import type { EngagementSession } from '../../store/sessions';
import type { Workspace } from '../../workspace/workspace';
import type { SearchableFile } from './searchWorkspace';

/**
 * The engagement files the workspace knows: recent ones, then those of the
 * default folder, each once (by real path). A file open in this process is
 * searched through its session; its id is given only to the window that owns it.
 */
export function knownFiles(paths: string[], sessions: EngagementSession[], clientId: string): SearchableFile[] {
  const openByRealPath = new Map(sessions.map((session) => [session.file.realPath, session]));
  const seen = new Set<string>();
  const files: SearchableFile[] = [];
  for (const candidate of paths) {
    let realPath: string;
    try {
      realPath = fs.realpathSync.native(candidate);
    } catch {
      continue; // moved or deleted since it was remembered
    }
    if (seen.has(realPath)) continue;
    seen.add(realPath);
    const session = openByRealPath.get(realPath);
    files.push(
      session
        ? { path: candidate, open: { engagementId: session.owner === clientId ? session.id : null, read: (work) => session.read(work) } }
        : { path: candidate },
    );
  }
  return files;
}

/** The files search looks at: the recent engagements, then those of the default folder. */
export function workspaceFilePaths(workspace: Workspace): string[] {
  return [...workspace.state().recents.map((recent) => recent.path), ...workspace.listFiles().map((file) => file.path)];
}
