/**
 * The workspace's secret for signing evaluator workbooks: 32 random bytes in keys/workbook-signing.key,
 * made on the first export and shared by everyone who opens the same folder. It is never put in a
 * workbook or any other export; only an id derived from it is, so an import can tell "signed by another
 * workspace" from "edited".
 *
 * Two machines exporting for the first time at once must end up with ONE key, or half the panel's
 * workbooks would be refused. The key is written in full to a temp file and then hard-linked to its
 * name: a link never replaces an existing file, so the first one wins and the other reads it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiError } from '@shared/api/errors';
import { fsyncDirectory, tempPathFor } from '../workspace/durable-file';
import { t } from '@shared/i18n';

export interface WorkbookSigningKey {
  /** Public: written on every workbook, names the workspace that signed it. */
  keyId: string;
  /** Secret: never leaves the workspace. */
  secret: Uint8Array;
}

export const signingKeyFile = (root: string) => join(root, 'keys', 'workbook-signing.key');

const KEY_TEXT = /^([0-9a-f]{64})\s*$/;

export function signingKeyOf(secret: Uint8Array): WorkbookSigningKey {
  const keyId = createHash('sha256').update('evaluator-workbook-key-id\n').update(secret).digest('hex').slice(0, 32);
  return { keyId, secret };
}

/** The workspace's key, or undefined when no workbook was ever exported from it. */
export async function existingSigningKey(root: string): Promise<WorkbookSigningKey | undefined> {
  let text: string;
  try {
    text = await readFile(signingKeyFile(root), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const match = KEY_TEXT.exec(text);
  if (!match) {
    // A new key would make every workbook already sent out unreadable: stop instead.
    throw new ApiError('corrupt', t('messages:errors.evaluation.signingKeyDamaged', { file: signingKeyFile(root) }));
  }
  return signingKeyOf(Buffer.from(match[1]!, 'hex'));
}

/** Writes `text` to a new file at `target` only if there is none yet; false when one was already there. */
async function createExclusively(target: string, text: string): Promise<boolean> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    // A folder without hard links: an exclusive create is the next best thing.
    try {
      const direct = await open(target, 'wx');
      try {
        await direct.writeFile(text, 'utf8');
        await direct.sync();
      } finally {
        await direct.close();
      }
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    await rm(temp, { force: true });
    await fsyncDirectory(dirname(target));
  }
}

/** The workspace's key, made now if this is the first workbook it signs. */
export async function workspaceSigningKey(root: string): Promise<WorkbookSigningKey> {
  const existing = await existingSigningKey(root);
  if (existing) return existing;
  await createExclusively(signingKeyFile(root), `${randomBytes(32).toString('hex')}\n`);
  const key = await existingSigningKey(root);
  if (!key) throw new ApiError('io', t('messages:errors.evaluation.signingKeyNotCreated', { folder: dirname(signingKeyFile(root)) }));
  return key;
}
