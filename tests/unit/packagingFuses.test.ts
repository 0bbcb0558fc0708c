import fs from 'node:fs';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, test } from 'vitest';

const config = fs.readFileSync(path.join(__dirname, '../../electron-builder.yml'), 'utf8');

/** The `key: true|false` lines of one top-level block of electron-builder.yml. */
function block(name: string): Record<string, boolean> {
  const lines = config.split('\n');
  const start = lines.findIndex((line) => line === `${name}:`);
  expect(start, `${name}: block in electron-builder.yml`).toBeGreaterThanOrEqual(0);
  const values: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^\s+(\w+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (match) values[match[1]!] = match[2] === 'true';
  }
  return values;
}

const topLevel = (key: string) => new RegExp(`^${key}:\\s*(\\S+)`, 'm').exec(config)?.[1];

describe('Electron fuses in the packaging config (flipped in the shipped binary)', () => {
  const fuses = block('electronFuses');

  test('the hardening fuses are set', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  test('every fuse the installed Electron tooling knows has an explicit value (a new fuse gets reviewed)', () => {
    const known = Object.keys(FuseV1Options)
      .filter((key) => Number.isNaN(Number(key)))
      .map((name) => name[0]!.toLowerCase() + name.slice(1));
    expect(known.length).toBeGreaterThanOrEqual(8);
    expect(known.filter((key) => !(key in fuses))).toEqual([]);
  });

  test('the app ships inside an asar archive (what integrity validation and asar-only loading check)', () => {
    expect(topLevel('asar')).toBe('true');
  });
});
