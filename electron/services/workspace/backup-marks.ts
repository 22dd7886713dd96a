import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupPin, BackupSnapshot } from '@shared/api/contract';
import { IsoDateTimeSchema } from '@shared/model/common';
import { SavedBySchema } from '@shared/model/workspace';
import { writeFileDurably } from './durable-file';

/** Labels kept per backup: an export repeated all day on one save need not grow the file without end. */
const SNAPSHOTS_PER_BACKUP = 20;

const MarkSchema = z
  .object({
    pin: z
      .object({ name: z.string().min(1).max(200), pinnedAt: IsoDateTimeSchema, pinnedBy: SavedBySchema.optional() })
      .strict()
      .optional(),
    snapshots: z.array(z.object({ label: z.string().min(1).max(300), at: IsoDateTimeSchema }).strict()).max(SNAPSHOTS_PER_BACKUP),
  })
  .strict();
export type BackupMark = z.infer<typeof MarkSchema>;

const MarksFileSchema = z.object({ schemaVersion: z.literal(1), marks: z.record(z.string(), MarkSchema) }).strict();

export type Marks = Map<string, BackupMark>;

/** The marks file cannot be used: nothing is thinned until a person looks at it. */
export class MarksUnreadableError extends Error {
  constructor(
    public readonly file: string,
    public readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'MarksUnreadableError';
  }
}

/**
 * Pins and snapshot labels of a tender's backups, in backups/<tenderId>/marks.json. They are the
 * user's own data (unlike the catalog, which can be rebuilt from the backup files), so a file that
 * cannot be read is never replaced: it is reported, and the backups are left alone.
 */
export function marksFile(dir: string): string {
  return join(dir, 'marks.json');
}

export async function readMarks(dir: string): Promise<Marks> {
  const file = marksFile(dir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new MarksUnreadableError(file, `it could not be read (${(error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new MarksUnreadableError(file, 'it is not valid JSON; it may have been cut off');
  }
  const parsed = MarksFileSchema.safeParse(raw);
  if (!parsed.success) throw new MarksUnreadableError(file, 'it does not have the layout Tenderwright writes');
  return new Map(Object.entries(parsed.data.marks));
}

export async function writeMarks(dir: string, marks: Marks): Promise<void> {
  const kept = Object.fromEntries([...marks].filter(([, mark]) => mark.pin || mark.snapshots.length));
  await writeFileDurably(marksFile(dir), `${JSON.stringify({ schemaVersion: 1, marks: kept }, null, 2)}\n`, { inside: 'existing-folder' });
}

export function withPin(mark: BackupMark | undefined, pin: BackupPin | undefined): BackupMark {
  const snapshots = mark?.snapshots ?? [];
  return pin ? { pin, snapshots } : { snapshots };
}

/** The same export made again from the same save moves its label's time on rather than repeating it. */
export function withSnapshot(mark: BackupMark | undefined, snapshot: BackupSnapshot): BackupMark {
  const current = mark ?? { snapshots: [] };
  const others = current.snapshots.filter((s) => s.label !== snapshot.label);
  return { ...current, snapshots: [...others, snapshot].slice(-SNAPSHOTS_PER_BACKUP) };
}
