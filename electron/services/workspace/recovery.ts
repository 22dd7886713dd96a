/**
 * Edits that could not be saved to the workspace (a colleague's save came first, the network folder
 * dropped, the disk is full) are kept on this computer, outside the workspace, until they are saved
 * or the user chooses what to keep. One file per workspace and tender, written durably.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RecoveredEdits } from '@shared/api/contract';
import { TenderContentSchema, type TenderContent } from '@shared/model/tender';
import { z } from 'zod';
import { removeFileDurably, writeFileDurably } from './durable-file';

const RecoveryFileSchema = z.object({
  tenderId: z.string(),
  baseRevision: z.number().int().nonnegative(),
  savedAt: z.string(),
  content: TenderContentSchema,
});

/** A folder on this computer for recovered edits: never the (possibly shared, possibly gone) workspace. */
export function defaultRecoveryDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TENDERWRIGHT_RECOVERY_DIR) return env.TENDERWRIGHT_RECOVERY_DIR;
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Tenderwright', 'Recovery');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tenderwright Recovery');
  return join(env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state'), 'Tenderwright', 'recovery');
}

export class RecoveryStore {
  private readonly dir: string;

  constructor(workspaceRoot: string, recoveryDir: string = defaultRecoveryDir()) {
    // One folder per workspace, so two workspaces' tenders never mix.
    this.dir = join(recoveryDir, createHash('sha256').update(workspaceRoot).digest('hex').slice(0, 16));
  }

  private fileOf(tenderId: string): string {
    return join(this.dir, `${tenderId}.json`);
  }

  async save(tenderId: string, baseRevision: number, content: TenderContent): Promise<{ savedAt: string }> {
    const savedAt = new Date().toISOString();
    await writeFileDurably(this.fileOf(tenderId), JSON.stringify({ tenderId, baseRevision, savedAt, content }));
    return { savedAt };
  }

  async get(tenderId: string): Promise<RecoveredEdits | null> {
    let text: string;
    try {
      text = await readFile(this.fileOf(tenderId), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const parsed = RecoveryFileSchema.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.tenderId === tenderId ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async discard(tenderId: string): Promise<null> {
    // Queued behind any write of the same file still under way, so a late write cannot bring it back.
    await removeFileDurably(this.fileOf(tenderId));
    return null;
  }
}
