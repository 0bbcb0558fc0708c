import fs from 'node:fs';
import path from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { writeFileAtomic } from '../core/workspace/atomicWrite';

interface SavedState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT_STATE: SavedState = { bounds: { x: 0, y: 0, width: 1360, height: 860 }, maximized: false };

/** Restores the last size and place, unless that place is on a screen no longer attached. */
export function loadWindowState(userDataDir: string): SavedState & { centered: boolean } {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(userDataDir, 'window-state.json'), 'utf8')) as SavedState;
    const visible = screen.getAllDisplays().some((display) => {
      const area = display.workArea;
      return saved.bounds.x >= area.x - 50 && saved.bounds.y >= area.y - 50 && saved.bounds.x < area.x + area.width - 100 && saved.bounds.y < area.y + area.height - 100;
    });
    if (visible && saved.bounds.width >= 800 && saved.bounds.height >= 560) return { ...saved, centered: false };
  } catch {
    // first launch or unreadable state: defaults
  }
  return { ...DEFAULT_STATE, centered: true };
}

export function trackWindowState(window: BrowserWindow, userDataDir: string): void {
  const save = () => {
    if (window.isDestroyed()) return;
    const state: SavedState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    writeFileAtomic(path.join(userDataDir, 'window-state.json'), JSON.stringify(state));
  };
  window.on('close', save);
}
