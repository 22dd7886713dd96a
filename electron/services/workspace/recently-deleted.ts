import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeletedEntry, DeletedTender } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { IdSchema, newId } from '@shared/model/common';
import {
  DELETED_ENTRY_SCHEMA_VERSION,
  DeletedItemFileSchema,
  DeletedTenderAboutSchema,
  type DeletedItemFile,
  type DeletedTenderAbout,
} from '@shared/model/deleted';
import { contentOf, type Tender, type TenderContent } from '@shared/model/tender';
import type { SavedBy } from '@shared/model/workspace';
import {
  expiryOf,
  isBack,
  isExpired,
  removedItemName,
  removedItemParts,
  removedItems,
  restoreItem,
  withReturnedRecords,
} from '@shared/rules/recentlyDeleted';
import { joinParts } from '@shared/rules/removal';
import { decodeDocument } from './documents';
import { moveFileDurably, namesIn, writeFileDurably } from './durable-file';
import { CorruptFileError } from './errors';
import { tenderFormat } from './formats';
import type { Clock, WorkspaceLayout } from './layout';
import { stampOf } from './shared-document';
import { t } from '@shared/i18n';

/** What Recently deleted needs of the store: its per-tender queue and lock, and content writes. */
export interface TenderAccess {
  /** Runs `task` in the tender's queue holding its file's lock. */
  withTender<T>(id: string, task: () => Promise<T>): Promise<T>;
  /** The tender as on disk, or undefined when there is none (callers hold its queue). */
  readLocked(id: string): Promise<Tender | undefined>;
  /** Writes `content` as the tender's next content revision (callers hold its queue). */
  writeContentLocked(id: string, stored: Tender, content: TenderContent): Promise<Tender>;
  /** Drops what the store keeps of a tender whose file has gone. */
  forget(id: string): void;
}

const TENDER_ENTRY_PREFIX = 'tender-';
const tenderEntryId = (tenderId: string) => `${TENDER_ENTRY_PREFIX}${tenderId}`;

function notInList(): ApiError {
  return new ApiError('not_found', t('messages:errors.deleted.entryGone'));
}

/**
 * Recently deleted: tenders moved to backups/deleted/<id>.json (with when and who beside them in
 * backups/deleted/about/), and items a save took out of a tender in backups/deleted/items/<id>.json.
 * Everything is kept for 30 days, then removed for good.
 */
export class RecentlyDeleted {
  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly clock: Clock,
    private readonly me: SavedBy,
    private readonly tenders: TenderAccess,
  ) {}

  private get aboutDir(): string {
    return join(this.layout.deletedDir, 'about');
  }
  private get itemsDir(): string {
    return join(this.layout.deletedDir, 'items');
  }
  private aboutFile(tenderId: string): string {
    return join(this.aboutDir, `${tenderId}.json`);
  }
  /** Items are kept per tender, so a save reads only its own tender's folder. */
  private itemFile(tenderId: string, id: string): string {
    return join(this.itemsDir, tenderId, `${id}.json`);
  }

  // ---- tenders ---------------------------------------------------------------------------------

  /** Moves the file to backups/deleted/<id>.json, from where undoDeleteTender or a restore puts it back. */
  deleteTender(id: string): Promise<DeletedTender> {
    return this.tenders.withTender(id, async () => {
      const tender = await this.tenders.readLocked(id);
      if (!tender) throw new ApiError('not_found', t('messages:errors.tenders.none', { id }));
      // Written first: a crash between the two leaves a note about a tender that is still in the list, never a deleted tender nobody knows the date of.
      const about: DeletedTenderAbout = {
        schemaVersion: DELETED_ENTRY_SCHEMA_VERSION,
        deletedAt: this.clock.now().toISOString(),
        deletedBy: this.me,
      };
      await writeFileDurably(this.aboutFile(id), `${JSON.stringify(about, null, 2)}\n`);
      await moveFileDurably(this.layout.tenderFile(id), this.layout.deletedTenderFile(id));
      this.tenders.forget(id);
      return { id, title: tender.title };
    });
  }

  undoDeleteTender(id: string): Promise<Tender> {
    return this.tenders.withTender(id, async () => {
      const deletedFile = this.layout.deletedTenderFile(id);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(deletedFile);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new ApiError('not_found', t('messages:errors.deleted.noTender', { id }));
        throw error;
      }
      try {
        // Checked before moving, so a damaged copy stays where it is rather than being quarantined.
        decodeDocument(deletedFile, bytes, tenderFormat(id));
      } catch (error) {
        if (error instanceof CorruptFileError)
          throw new ApiError('corrupt', t('messages:errors.deleted.unreadable', { id, reason: error.reason }));
        throw error;
      }
      if (await stampOf(this.layout.tenderFile(id))) {
        throw new ApiError('conflict', t('messages:errors.deleted.exists', { id }));
      }
      await moveFileDurably(deletedFile, this.layout.tenderFile(id));
      await rm(this.aboutFile(id), { force: true });
      const tender = await this.tenders.readLocked(id);
      if (!tender) throw new ApiError('not_found', t('messages:errors.deleted.notReadBack', { id }));
      return structuredClone(tender);
    });
  }

  // ---- items removed by a save -----------------------------------------------------------------

  /**
   * Called before `next` replaces `stored` (callers hold the tender's queue): keeps what `next` leaves
   * out, and gives lots that are back (undo in the editor) the records they had when removed. The
   * caller writes `content`, then calls written() (the entries of what is back go) or, when the
   * write fails, failed() (the new entries go).
   */
  async beforeContentWriteLocked(
    stored: Tender,
    next: TenderContent,
  ): Promise<{ content: TenderContent; written: () => Promise<void>; failed: () => Promise<void> }> {
    const before = contentOf(stored);
    const kept = await this.itemsOf(stored.id);
    const back = kept.filter((entry) => isBack(entry.item, next)).sort((a, b) => a.deletedAt.localeCompare(b.deletedAt));
    const content = withReturnedRecords(
      next,
      back.map((entry) => entry.item),
    );
    const added: string[] = [];
    const deletedAt = this.clock.now().toISOString();
    for (const item of removedItems(before, content)) {
      const id = newId('del');
      const entry = DeletedItemFileSchema.parse({
        schemaVersion: DELETED_ENTRY_SCHEMA_VERSION,
        id,
        tenderId: stored.id,
        tenderTitle: stored.title,
        deletedAt,
        deletedBy: this.me,
        detail: joinParts(removedItemParts(before, item)),
        item,
      });
      await writeFileDurably(this.itemFile(stored.id, id), `${JSON.stringify(entry, null, 2)}\n`);
      added.push(id);
    }
    const remove = (ids: string[]) => async () => {
      for (const id of ids) await rm(this.itemFile(stored.id, id), { force: true }).catch(() => undefined);
    };
    return { content, written: remove(back.map((entry) => entry.id)), failed: remove(added) };
  }

  /** The readable entries kept for one tender. */
  private async itemsOf(tenderId: string): Promise<DeletedItemFile[]> {
    const entries: DeletedItemFile[] = [];
    for (const name of await namesIn(join(this.itemsDir, tenderId))) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!IdSchema.safeParse(id).success) continue;
      const entry = await this.readItem(tenderId, id).catch(() => undefined);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  private async readItem(tenderId: string, id: string): Promise<DeletedItemFile | undefined> {
    let text: string;
    try {
      text = await readFile(this.itemFile(tenderId, id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const parsed = DeletedItemFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.id !== id || parsed.data.tenderId !== tenderId) {
      throw new ApiError('corrupt', t('messages:errors.deleted.entryUnreadable'));
    }
    return parsed.data;
  }

  /** The entry with this id, whichever tender it belongs to. */
  private async findItem(id: string): Promise<DeletedItemFile | undefined> {
    if (!IdSchema.safeParse(id).success) return undefined;
    for (const tenderId of await this.tenderItemFolders()) {
      const entry = await this.readItem(tenderId, id);
      if (entry) return entry;
    }
    return undefined;
  }

  private async tenderItemFolders(): Promise<string[]> {
    return (await namesIn(this.itemsDir)).filter((name) => IdSchema.safeParse(name).success);
  }

  // ---- the list ----------------------------------------------------------------------------------

  /** Newest first. Entries kept their full time are removed for good first. */
  async list(): Promise<DeletedEntry[]> {
    const now = this.clock.now();
    const entries: DeletedEntry[] = [];
    for (const name of await namesIn(this.layout.deletedDir)) {
      const tenderId = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!IdSchema.safeParse(tenderId).success) continue;
      const entry = await this.tenderEntry(tenderId);
      if (isExpired(entry.deletedAt, now)) await this.tenders.withTender(tenderId, () => this.removeTenderLocked(tenderId));
      else entries.push(entry);
    }
    for (const file of (await Promise.all((await this.tenderItemFolders()).map((tenderId) => this.itemsOf(tenderId)))).flat()) {
      const id = file.id;
      if (isExpired(file.deletedAt, now)) {
        await rm(this.itemFile(file.tenderId, id), { force: true });
        continue;
      }
      entries.push({
        id,
        kind: file.item.kind,
        title: removedItemName(file.item),
        tenderId: file.tenderId,
        tenderTitle: file.tenderTitle,
        deletedAt: file.deletedAt,
        deletedBy: file.deletedBy,
        detail: file.detail,
        expiresAt: expiryOf(file.deletedAt),
      });
    }
    return entries.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : a.id.localeCompare(b.id)));
  }

  private async tenderEntry(tenderId: string): Promise<DeletedEntry> {
    const about = await this.aboutOf(tenderId);
    let title = tenderId;
    let detail: string;
    try {
      const file = this.layout.deletedTenderFile(tenderId);
      const tender = decodeDocument(file, await readFile(file), tenderFormat(tenderId));
      title = tender.title;
      detail = t('messages:deleted.lots', { count: tender.lots.length });
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      detail = t('messages:deleted.copyUnreadable', { reason: error.reason });
    }
    return {
      id: tenderEntryId(tenderId),
      kind: 'tender',
      title,
      tenderId,
      tenderTitle: title,
      deletedAt: about.deletedAt,
      ...(about.deletedBy ? { deletedBy: about.deletedBy } : {}),
      detail,
      expiresAt: expiryOf(about.deletedAt),
    };
  }

  /**
   * When and by whom a tender was deleted. A tender deleted by an older Tenderwright has no such note:
   * it gets one now, so it is kept a full 30 days from when this version first saw it.
   */
  private async aboutOf(tenderId: string): Promise<DeletedTenderAbout> {
    const file = this.aboutFile(tenderId);
    try {
      const parsed = DeletedTenderAboutSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch (error) {
      if (!(error instanceof SyntaxError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const about: DeletedTenderAbout = { schemaVersion: DELETED_ENTRY_SCHEMA_VERSION, deletedAt: this.clock.now().toISOString() };
    await writeFileDurably(file, `${JSON.stringify(about, null, 2)}\n`);
    return about;
  }

  private async removeTenderLocked(tenderId: string): Promise<boolean> {
    const file = this.layout.deletedTenderFile(tenderId);
    const existed = Boolean(await stampOf(file));
    await rm(file, { force: true });
    await rm(this.aboutFile(tenderId), { force: true });
    return existed;
  }

  // ---- restore and purge -----------------------------------------------------------------------

  /** Puts an entry back: a tender into the list, an item into its tender as a new save. */
  async restore(id: string): Promise<{ tenderId: string }> {
    if (id.startsWith(TENDER_ENTRY_PREFIX)) {
      const tenderId = id.slice(TENDER_ENTRY_PREFIX.length);
      if (!IdSchema.safeParse(tenderId).success) throw notInList();
      if (!(await stampOf(this.layout.deletedTenderFile(tenderId)))) throw notInList();
      await this.undoDeleteTender(tenderId);
      return { tenderId };
    }
    const first = await this.findItem(id);
    if (!first) throw notInList();
    return this.tenders.withTender(first.tenderId, async () => {
      // Read again in the queue: a colleague (or a second click) may have restored it meanwhile.
      const entry = await this.readItem(first.tenderId, id);
      if (!entry) throw notInList();
      const stored = await this.tenders.readLocked(entry.tenderId);
      if (!stored) {
        const deleted = await stampOf(this.layout.deletedTenderFile(entry.tenderId));
        throw new ApiError(
          'not_found',
          deleted
            ? t('messages:errors.deleted.tenderDeleted', { title: entry.tenderTitle })
            : t('messages:errors.deleted.tenderGone', { title: entry.tenderTitle }),
        );
      }
      const restored = restoreItem(contentOf(stored), entry.item);
      if (!restored.ok) throw new ApiError('conflict', restored.message);
      await this.tenders.writeContentLocked(entry.tenderId, stored, restored.value);
      await rm(this.itemFile(entry.tenderId, id), { force: true });
      return { tenderId: entry.tenderId };
    });
  }

  /** Deletes an entry permanently. */
  async purge(id: string): Promise<Record<string, never>> {
    if (id.startsWith(TENDER_ENTRY_PREFIX)) {
      const tenderId = id.slice(TENDER_ENTRY_PREFIX.length);
      if (!IdSchema.safeParse(tenderId).success) throw notInList();
      const removed = await this.tenders.withTender(tenderId, () => this.removeTenderLocked(tenderId));
      if (!removed) throw notInList();
      return {};
    }
    const entry = await this.findItem(id);
    if (!entry) throw notInList();
    await rm(this.itemFile(entry.tenderId, id), { force: true });
    return {};
  }
}
