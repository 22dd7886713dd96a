// Fetches the pinned Electron runtime the way the electron package's own install.js does: Electron's
// downloader (@electron/get, which checks the zip against the checksums the package ships and shows a
// progress bar), unpacked into the package's dist/ with path.txt naming the executable,
// so electron-binary.cjs, electron-vite and Playwright all find it where they expect it.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The installed electron package's folder. */
export function electronPackageDir() {
  return dirname(require.resolve('electron/package.json'));
}

/** Where the executable sits inside the unpacked zip (what path.txt holds), as in install.js. */
export function platformPath(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      throw new Error(`Electron builds are not available on platform ${platform}`);
  }
}

/** The architecture to fetch: an x64 Node under Rosetta on Apple silicon still wants the arm64 runtime, as in install.js. */
function hostArch(platform) {
  if (platform !== 'darwin' || process.platform !== 'darwin' || process.arch !== 'x64') return process.arch;
  try {
    return execSync('sysctl -in sysctl.proc_translated').toString().trim() === '1' ? 'arm64' : 'x64';
  } catch {
    return 'x64';
  }
}

/** The zip extractor the electron package itself depends on (it keeps the file modes and macOS symlinks). */
async function electronsOwnExtractor() {
  const resolved = createRequire(join(electronPackageDir(), 'package.json')).resolve('@electron-internal/extract-zip');
  return (await import(pathToFileURL(resolved).href)).extract;
}

/**
 * @param {object} [options]
 * @param {string} [options.packageDir] the electron package's folder (a temp copy in tests)
 * @param {string} [options.platform]
 * @param {string} [options.arch]
 * @param {(details: object) => Promise<string>} [options.downloadArtifact] @electron/get's, unless a test passes its own
 * @param {(zip: string, options: { dir: string }) => Promise<void>} [options.extractZip]
 * @param {(progress: { transferred: number, total: number | null, percent: number }) => void} [options.onProgress]
 */
export async function downloadElectronRuntime(options = {}) {
  const packageDir = options.packageDir ?? electronPackageDir();
  const platform = options.platform ?? process.platform;
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const checksums = JSON.parse(readFileSync(join(packageDir, 'checksums.json'), 'utf8'));
  const downloadArtifact = options.downloadArtifact ?? (await import('@electron/get')).downloadArtifact;

  const zip = await downloadArtifact({
    version,
    artifactName: 'electron',
    platform,
    arch: options.arch ?? hostArch(platform),
    checksums,
    cacheRoot: process.env.electron_config_cache,
    // Its own bar shows only after 30 seconds; the launcher prints progress from the first byte instead.
    downloadOptions: options.onProgress ? { quiet: true, getProgressCallback: options.onProgress } : {},
  });
  const distDir = join(packageDir, 'dist');
  // Loaded only once there is a zip: it has a native binding, which an offline failure never needs.
  const extractZip = options.extractZip ?? (await electronsOwnExtractor());
  await extractZip(zip, { dir: distDir });
  // The zip's type definitions replace the package's, as install.js does.
  const typesInZip = join(distDir, 'electron.d.ts');
  if (await stat(typesInZip).catch(() => null)) await rename(typesInZip, join(packageDir, 'electron.d.ts'));
  await writeFile(join(packageDir, 'path.txt'), platformPath(platform));
}
