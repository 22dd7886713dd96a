/**
 * The official schema files the notice exporters and importers validate against, read from
 * resources/standards (copied from the eForms SDK and OCDS, see its README). Each file is read from
 * disk once per process and kept: the XSDs alone are about 800 KB.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The SDK version every eForms file under resources/standards comes from. */
export const EFORMS_SDK_FOLDER = 'eforms-sdk-1.15.1';

let standardsDir: string | undefined;

/**
 * resources/standards, found by walking up from this module: the source tree (electron/services/
 * notices) and the build (out/main) sit at different depths below the project folder.
 */
export function standardsFolder(): string {
  if (standardsDir) return standardsDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources', 'standards');
    if (existsSync(join(candidate, 'README.md'))) return (standardsDir = candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The notice schemas (resources/standards) are missing from this installation.');
    dir = parent;
  }
}

const cache = new Map<string, Promise<string>>();

/** The text of a file under resources/standards, e.g. "ocds/release-schema-1.1.5.json". */
export function standardFile(relativePath: string): Promise<string> {
  let text = cache.get(relativePath);
  if (!text) {
    text = readFile(join(standardsFolder(), relativePath), 'utf8');
    // A failed read is not kept, so a later call tries again.
    text.catch(() => cache.delete(relativePath));
    cache.set(relativePath, text);
  }
  return text;
}
