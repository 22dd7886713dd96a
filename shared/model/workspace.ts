import { z } from 'zod';
import { t } from '../i18n';

/** Who wrote a workspace file: enough for a colleague to know whom to ask ("ana on PC-17"). */
export const SavedBySchema = z
  .object({
    user: z.string().max(200),
    machine: z.string().max(200),
    mode: z.enum(['desktop', 'browser']),
    /** The running Tenderwright that wrote it, so an instance can tell its own saves from others'. */
    instance: z.string().max(64),
  })
  .strict();
export type SavedBy = z.infer<typeof SavedBySchema>;

/** The fields that every shared singleton file (settings.json, library.json) carries besides its data. */
export const revisionFields = {
  /** Incremented on every write; a write names the revision it was based on. Absent in older files (0). */
  revision: z.number().int().nonnegative().optional(),
  updatedAt: z.string().datetime({ offset: true }).optional(),
  savedBy: SavedBySchema.optional(),
};

/** "ana on PC-17", or a plain phrase for files written before names were recorded. */
export function describeWriter(savedBy: SavedBy | undefined): string {
  if (!savedBy) return t('messages:writer.anotherTenderwright');
  const user = savedBy.user.trim() || t('messages:writer.someone');
  return savedBy.machine.trim() ? t('messages:writer.userOnMachine', { user, machine: savedBy.machine.trim() }) : user;
}
