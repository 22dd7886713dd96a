// Finds the Electron runtime binary. Requiring the `electron` package itself would try to download
// the binary when it is missing (and fail offline), so this reads the package's path.txt instead.
const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {string} [packageDir] the electron package's folder; the installed one unless given
 * @returns {string | null} the executable's path, or null when the runtime is not installed
 */
function electronBinary(packageDir = installedPackageDir()) {
  if (!packageDir) return null;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const executable = path.join(distDir, relative);
  return fs.existsSync(executable) ? executable : null;
}

function installedPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

module.exports = { electronBinary };
