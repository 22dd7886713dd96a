/**
 * The installers' configuration (electron-builder.yml), loaded and validated by electron-builder's own
 * loader and schema, then checked for what the installers promise: the targets per platform, the
 * per-machine choice on Windows, the files, the icon, and that nothing is published for an updater.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration, TargetConfiguration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { UPDATE_SOURCE } from '../../../../shared/rules/updatePolicy';
import { ICON_PNG, ICON_SVG, renderIcon } from '../../../scripts/render-icon';

const root = resolve(__dirname, '..', '..', '..', '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

const loadConfig = () => getConfig(root, null, null);

/** The target names of one platform's section, e.g. ['AppImage', 'deb']. */
function targetNames(section: { target?: unknown } | null | undefined): string[] {
  const targets = Array.isArray(section?.target) ? section.target : [section?.target];
  return targets.map((target) => (typeof target === 'string' ? target : (target as TargetConfiguration).target));
}

/** The width and height a PNG declares in its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('is what electron-builder itself loads and accepts', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('electron-builder’s schema refuses a misspelt option, so the check above means something', async () => {
    const config = await loadConfig();
    const misspelt = { ...config, nsis: { ...config.nsis, perMachin: true } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/does not match the API schema/);
  });

  it('names the app and builds NSIS for Windows, a dmg for macOS, an AppImage and a deb for Linux', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('org.tenderwright.desktop');
    expect(config.productName).toBe('Tenderwright');
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
    expect(targetNames(config.linux)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.maintainer).toBeTruthy();
  });

  it('lets the Windows installer install for all users of the computer', async () => {
    const { nsis } = await loadConfig();
    // Assisted, with the "just me / everyone" page: per machine when chosen, with elevation.
    expect(nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
  });

  it('packs the built app and its run-time resources, leaving out the packaging sources', async () => {
    const config = await loadConfig();
    // The loader turns the list into one file set: its filter holds the patterns as written.
    const patterns = [config.files].flat().flatMap((set) => (typeof set === 'string' ? [set] : [set?.filter ?? []].flat()));
    expect(patterns).toEqual(expect.arrayContaining(['out/**', 'resources/**', '!resources/packaging/**']));
    expect(config.directories?.buildResources).toBe('resources/packaging');
    expect(existsSync(join(root, 'resources', 'standards'))).toBe(true);
  });

  it('publishes nothing for an updater and registers no file association (the app opens no files from the system)', async () => {
    const config = await loadConfig();
    expect(config.publish).toBeNull();
    // The update policy's note says where updates would come from: nowhere, as here.
    expect(UPDATE_SOURCE).toBeNull();
    expect(config.fileAssociations).toBeUndefined();
  });

  it('is what `npm run dist` builds, for this computer or for one platform', () => {
    expect(packageJson.devDependencies['electron-builder']).toBeDefined();
    expect(packageJson.scripts.dist).toBe('electron-vite build && electron-builder');
    for (const platform of ['win', 'mac', 'linux']) {
      expect(packageJson.scripts[`dist:${platform}`]).toBe(`electron-vite build && electron-builder --${platform}`);
    }
  });
});

describe('the app icon', () => {
  it('is a 1024×1024 PNG rendered from the SVG beside it, the single source electron-builder converts', () => {
    const png = readFileSync(ICON_PNG);
    expect(pngSize(png)).toEqual({ width: 1024, height: 1024 });
    expect(renderIcon(readFileSync(ICON_SVG, 'utf8')).equals(png)).toBe(true);
  });
});
