/**
 * Renders the app icon's source (resources/packaging/icon.svg) to the 1024×1024 PNG beside it, which
 * electron-builder turns into the Windows .ico, the macOS .icns and the Linux icon set. Run after
 * editing the SVG:
 *   node --import tsx test/scripts/render-icon.ts
 * test/unit/electron/packaging/builder-config.test.ts checks the PNG still matches the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const ICON_SVG = join(root, 'resources/packaging/icon.svg');
export const ICON_PNG = join(root, 'resources/packaging/icon.png');

/** The icon as PNG bytes, 1024 pixels square (what electron-builder recommends as a single source). */
export function renderIcon(svg: string): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: 1024 } }).render().asPng());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ICON_PNG, renderIcon(readFileSync(ICON_SVG, 'utf8')));
  console.log(`Wrote ${ICON_PNG}`);
}
