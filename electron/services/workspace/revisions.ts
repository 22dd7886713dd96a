/**
 * The revision rules of shared workspace files: which base a write must name to be accepted, the
 * `conflict` refusal that says who came first, and the header a new version carries.
 */
import { ApiError, type ConflictDetail } from '@shared/api/errors';
import type { Library } from '@shared/model/library';
import type { Settings } from '@shared/model/settings';
import { contentRevisionOf, type Tender, type TenderContent } from '@shared/model/tender';
import { describeWriter, type SavedBy } from '@shared/model/workspace';
import { t } from '@shared/i18n';

/** A library item's key in `itemRevisions`: "clause:<id>", "criterion:<id>", "question:<id>". */
export type LibraryItemKey = `${'criterion' | 'clause' | 'question'}:${string}`;

/** "2026-12-03 14:02 UTC": the services do not know the reader's locale; the UI formats its own. */
const plainTime = (iso: string | undefined) =>
  iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : t('messages:errors.conflict.unknownTime');

export function conflictError(detail: ConflictDetail, what: string): ApiError {
  const when = plainTime(detail.savedAt);
  return new ApiError(
    'conflict',
    t('messages:errors.conflict.newer', {
      what,
      writer: describeWriter(detail.savedBy),
      when,
      revision: detail.revision,
      baseRevision: detail.baseRevision,
    }),
    undefined,
    { conflict: detail },
  );
}

/** Refuses a content write based on a revision older than the content on disk (or newer than the file). */
export function checkTenderBase(stored: Tender, baseRevision: number): void {
  if (contentRevisionOf(stored) <= baseRevision && baseRevision <= stored.revision) return;
  throw conflictError(
    {
      document: 'tender',
      id: stored.id,
      title: stored.title,
      revision: stored.revision,
      baseRevision,
      savedAt: stored.updatedAt,
      savedBy: stored.savedBy,
    },
    t('messages:errors.conflict.theTender', { title: stored.title }),
  );
}

/** The settings are one form: any save since `baseRevision` makes the write stale. */
export const checkSettingsBase = (baseRevision: number | undefined) => (current: Settings) => {
  const revision = current.revision ?? 0;
  if (baseRevision === undefined || revision === baseRevision) return;
  throw conflictError(
    { document: 'settings', revision, baseRevision, savedAt: current.updatedAt, savedBy: current.savedBy },
    t('messages:errors.conflict.theSettings'),
  );
};

/** The library is a set of items: a write is stale only if one of the items it changes changed since `baseRevision`. */
export const checkLibraryItemsBase = (baseRevision: number | undefined, items: readonly LibraryItemKey[]) => (current: Library) => {
  if (baseRevision === undefined) return;
  for (const key of items) {
    if ((current.itemRevisions?.[key] ?? 0) <= baseRevision) continue;
    throw conflictError(
      { document: 'library', id: key, revision: current.revision ?? 0, baseRevision, savedAt: current.updatedAt, savedBy: current.savedBy },
      t('messages:errors.conflict.theLibraryItem', { id: key.slice(key.indexOf(':') + 1) }),
    );
  }
};

/** `change`, recording that `items` changed at the new revision. */
export const stampingItems =
  (change: (current: Library) => Library, items: readonly LibraryItemKey[]) => (current: Library, revision: number) => {
    const itemRevisions = { ...(current.itemRevisions ?? {}) };
    for (const key of items) itemRevisions[key] = revision;
    return { ...change(current), itemRevisions };
  };

/** The header of the next write of a tender: a records-only write keeps the content revision as it was. */
export function nextVersion(
  stored: Pick<Tender, 'revision' | 'contentRevision'>,
  changes: 'content' | 'records',
  now: Date,
  me: SavedBy,
): Pick<Tender, 'revision' | 'contentRevision' | 'updatedAt' | 'savedBy'> {
  const revision = stored.revision + 1;
  const contentRevision = changes === 'content' ? revision : contentRevisionOf(stored);
  return { revision, contentRevision, updatedAt: now.toISOString(), savedBy: me };
}

/** Lots as a new tender starts them: the set-up kept, none of the imports, moderations or audit trail. */
export const withoutRecords = (lots: TenderContent['lots']) =>
  lots.map((lot) => (lot.evaluation ? { ...lot, evaluation: { ...lot.evaluation, imports: [], moderations: [], audit: [] } } : lot));
