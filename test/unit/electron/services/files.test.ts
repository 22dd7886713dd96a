import { describe, expect, it } from 'vitest';
import { chmod, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileHandlers, type DesktopShell } from '../../../../electron/services/files';
import { ApiError } from '@shared/api/errors';
import { tempDirsPerTest } from './temp-dir';

const tempDir = tempDirsPerTest();
const base64 = Buffer.from('PK fake document bytes').toString('base64');

/** A stand-in for the native dialog (the part under test is the service, not Electron's dialog). */
function shellChoosing(path: string | null, opened: string[] = []): DesktopShell {
  return {
    chooseSavePath: async () => path,
    openPath: async (p) => void opened.push(p),
    showInFolder: (p) => void opened.push(`folder:${p}`),
  };
}

describe('file saving', () => {
  it('in browser mode asks the page to download and offers no shell actions', async () => {
    const files = createFileHandlers();
    expect(await files['files.capabilities']({})).toEqual({ saveDialog: false, open: false, showInFolder: false });
    expect(await files['files.save']({ fileName: 'pack.docx', base64 })).toEqual({ status: 'download' });
  });

  it('writes where the user chose, and opens only files saved in this session', async () => {
    const dir = await tempDir();
    const target = join(dir, 'Tender pack.docx');
    const opened: string[] = [];
    const files = createFileHandlers(shellChoosing(target, opened));
    expect(await files['files.save']({ fileName: 'Tender pack.docx', base64 })).toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toBe('PK fake document bytes');
    await files['files.open']({ path: target });
    await files['files.showInFolder']({ path: target });
    expect(opened).toEqual([target, `folder:${target}`]);
    await expect(Promise.resolve().then(() => files['files.open']({ path: '/etc/passwd' }))).rejects.toThrow(
      /Only files saved in this session/,
    );
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const files = createFileHandlers(shellChoosing(null));
    expect(await files['files.save']({ fileName: 'x.docx', base64 })).toEqual({ status: 'cancelled' });
  });

  it.skipIf(process.getuid?.() === 0)('an unwritable folder gives a clear message and leaves no partial file', async () => {
    const dir = await tempDir();
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    const files = createFileHandlers(shellChoosing(join(locked, 'pack.docx')));
    const error = await Promise.resolve(files['files.save']({ fileName: 'pack.docx', base64 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/could not be saved to .*pack\.docx/);
    expect(await readdir(locked)).toEqual([]);
    await chmod(locked, 0o700);
  });

  it('a target whose folder is a file gives a clear message and leaves no partial file (also as root)', async () => {
    const dir = await tempDir();
    const notAFolder = join(dir, 'plain-file');
    await (await import('node:fs/promises')).writeFile(notAFolder, 'x');
    const files = createFileHandlers(shellChoosing(join(notAFolder, 'pack.docx')));
    const error = await Promise.resolve(files['files.save']({ fileName: 'pack.docx', base64 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('io');
    expect((error as ApiError).message).toMatch(/could not be saved/);
    expect(await readdir(dir)).toEqual(['plain-file']);
  });
});
