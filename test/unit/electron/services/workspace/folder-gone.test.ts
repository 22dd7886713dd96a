/**
 * Caches and heartbeats written inside a workspace folder that has dropped away (a network drive
 * disconnected) fail instead of making a new, empty workspace where the old one was; the colleague's
 * folder can then come back in its place.
 */
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../../../electron/services/workspace/durable-file';
import { writeSummaryIndex } from '../../../../../electron/services/workspace/summary-index';
import { tempDirsPerTest } from '../temp-dir';

const tempDir = tempDirsPerTest('tw-gone-');

describe('writes inside a workspace folder that is gone', () => {
  it('the tender summary cache and a heartbeat fail and leave no folder behind', async () => {
    const root = join(await tempDir(), 'workspace');
    await writeFileDurably(join(root, 'tenders', 'placeholder.json'), '{}');
    await rename(root, `${root}.away`);

    await expect(writeSummaryIndex(join(root, 'cache', 'tender-summaries.json'), new Map())).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(writeFileDurably(join(root, 'presence', 'me.json'), '{}', { inside: 'existing-folder' })).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(existsSync(root)).toBe(false);

    await rename(`${root}.away`, root);
    await writeSummaryIndex(join(root, 'cache', 'tender-summaries.json'), new Map());
    expect(existsSync(join(root, 'cache', 'tender-summaries.json'))).toBe(true);
  });

  it('other writes still make the folders they need', async () => {
    const target = join(await tempDir(), 'exports', 'nested', 'file.txt');
    await writeFileDurably(target, 'text');
    expect(existsSync(target)).toBe(true);
  });
});
