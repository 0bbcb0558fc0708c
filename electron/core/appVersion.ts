import fs from 'node:fs';
import path from 'node:path';

/** The version in package.json, found from the bundle (out/main) or the sources. */
export function readAppVersion(startDir = __dirname): string {
  let dir = startDir;
  for (let depth = 0; depth < 5; depth += 1) {
    const candidate = path.join(dir, 'package.json');
    try {
      const parsed = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'orchestre' && parsed.version) return parsed.version;
    } catch {
      // keep climbing
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}
