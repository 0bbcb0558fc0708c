#!/usr/bin/env node
// Renders resources/icon.svg to resources/icon.png (512×512), the icon electron-builder packages.
// Run after editing the SVG: `node scripts/make-icon.mjs`. Both files are committed.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const resources = path.resolve(import.meta.dirname, '..', 'resources');
const svg = fs.readFileSync(path.join(resources, 'icon.svg'));
const png = new Resvg(svg, {
  fitTo: { mode: 'width', value: 512 },
  font: { loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' }, // the icon draws no text
})
  .render()
  .asPng();
fs.writeFileSync(path.join(resources, 'icon.png'), png);
console.log(`resources/icon.png: ${png.length} bytes`);
