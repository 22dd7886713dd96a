import type { Tender, TenderContent } from '@shared/model/tender';
import type { SavedBy } from '@shared/model/workspace';
import type { Clock } from './layout';

/**
 * Turns the content a caller saves into the content to store, given what is stored now (read-only).
 * The evaluation service uses it to keep the stored evaluation records, inside the store's queue.
 */
export type ContentMerge = (stored: Readonly<Tender>, incoming: TenderContent) => TenderContent;

export interface SaveOptions {
  merge?: ContentMerge;
  /**
   * True when `content` (and whatever `merge` adds from the stored tender) has already been parsed
   * by TenderContentSchema, as the API does with every tenders.save. The store then checks only the
   * fields it sets itself before writing, instead of the whole tender a second time.
   */
  contentValidated?: boolean;
  /**
   * The revision the caller's content was based on. When given, the save is refused as a conflict if
   * the content on disk changed since (a colleague's save came first); records-only writes do not count.
   */
  baseRevision?: number;
}

export interface NewTender {
  title: string;
  reference: string;
  buyer: string;
  description?: string;
  /** Lot titles; each lot gets a fresh id. */
  lots: string[];
}

export interface StoreOptions {
  /** Who this instance is, as its saves and presence show it (default: this OS user and machine). */
  me?: SavedBy;
  mode?: SavedBy['mode'];
  lockStaleMs?: number;
  /** Where saves, backups and thinning read the time (default: the process's monotonic clock); tests move it by hand. */
  clock?: Clock;
}
