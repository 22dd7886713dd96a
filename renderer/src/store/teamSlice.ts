import { call, ApiCallError } from '../api';
import { t } from '@shared/i18n';
import { contentOf, contentRevisionOf, type Tender, type TenderContent } from '@shared/model/tender';
import { describeWriter } from '@shared/model/workspace';
import { combineVersions } from '@shared/rules/versionDiff';
import { messageOf } from '../lib/errors';
import type { SliceCreator } from './types';
import type { PresenceView, WorkspaceChange } from '@shared/api/contract';
import type { ApiErrorBody, ConflictDetail } from '@shared/api/errors';
import type { Side } from '@shared/rules/versionDiff';

export interface ConflictState {
  /** conflict: a save was refused because a colleague's came first; recovered: edits kept from an earlier session. */
  kind: 'conflict' | 'recovered';
  detail: ConflictDetail | null;
  theirs: Tender;
  mine: TenderContent;
  /** The version mine started from, when known: it tells who changed which part. */
  base: TenderContent | null;
  recoveredAt: string | null;
  busy: boolean;
  error: string | null;
}

export interface ReadOnlyState {
  fault: NonNullable<ApiErrorBody['fault']>;
  message: string;
  /** Whether the edits are safe in the recovery file on this computer. */
  kept: boolean;
}

export type ConflictChoice = 'theirs' | 'mine' | 'copy' | { combine: Record<string, Side> };

export interface TeamSlice {
  conflict: ConflictState | null;
  readOnly: ReadOnlyState | null;
  presence: PresenceView | null;
  /** Raised when a colleague changed the settings; screens that show them read them again. */
  settingsSeq: number;
  /** The latest thing to tell the user about a colleague's change; `seq` changes each time. */
  teamNotice: { seq: number; title: string; message: string } | null;
  enterConflict: (detail: ConflictDetail, mine: TenderContent, base: TenderContent | null) => Promise<void>;
  enterReadOnly: (fault: NonNullable<ApiErrorBody['fault']>, message: string) => Promise<void>;
  offerRecoveredEdits: (onDisk: Tender) => Promise<void>;
  resolveConflict: (choice: ConflictChoice) => Promise<void>;
  /** Handles a change a colleague made on disk (from workspace.changes). */
  externalChange: (change: WorkspaceChange) => Promise<void>;
  /** Tries the read-only tender's folder again now rather than at the next automatic try. */
  retryNow: () => Promise<void>;
  refreshPresence: () => Promise<void>;
  forgetTeamState: () => void;
}

/** How often a tender whose folder could not be reached is tried again. */
const RETRY_UNREACHABLE_MS = 3000;

/**
 * Working beside colleagues on one workspace: a save refused as a conflict pauses autosave for the
 * tender until the user chooses; a folder that cannot be reached makes the tender read-only until
 * it is back, with the edits kept in the recovery file on this computer meanwhile; changes that
 * colleagues save are shown as they happen.
 */
export const createTeamSlice: SliceCreator<TeamSlice> = (set, get) => {
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let noticeSeq = 0;

  const notify = (title: string, message: string) => set({ teamNotice: { seq: (noticeSeq += 1), title, message } });

  const keepOnThisComputer = async (tenderId: string, baseRevision: number, mine: TenderContent) => {
    try {
      await call('recovery.save', { tenderId, baseRevision, content: mine });
      return true;
    } catch {
      return false;
    }
  };

  /** Saves `content` on top of the revision on disk now; a colleague's save meanwhile starts the conflict again. */
  const saveOnTop = async (tenderId: string, content: TenderContent, baseRevision: number) => {
    try {
      const saved = await call('tenders.save', { id: tenderId, content, baseRevision });
      // What is on disk now (their records included) becomes the screen's content.
      get().adoptTender(saved);
      get().upsertSummary(saved);
      await call('recovery.discard', { tenderId }).catch(() => undefined);
      set({ conflict: null });
      return saved;
    } catch (error) {
      if (error instanceof ApiCallError && error.body.conflict) {
        const base = get().conflict?.base ?? null;
        set({ conflict: null });
        await get().enterConflict(error.body.conflict, content, base);
        return null;
      }
      throw error;
    }
  };

  /** Tries to save the kept edits (or just to read the tender) now; schedules another try if the folder is still gone. */
  const tryToWriteAgain = async () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    const { readOnly, openTenderId, meta } = get();
    if (!readOnly || !openTenderId || !meta) return;
    const edits = get().localEdits();
    try {
      if (edits) {
        const saved = await call('tenders.save', { id: openTenderId, content: edits.mine, baseRevision: meta.revision });
        set({ readOnly: null });
        get().markSaved(saved, edits.mine);
        await call('recovery.discard', { tenderId: openTenderId }).catch(() => undefined);
        notify(t('common:team.notice.saved'), t('common:team.notice.savedMessage', { title: saved.title }));
      } else {
        await call('tenders.get', { id: openTenderId });
        set({ readOnly: null });
        notify(t('common:team.notice.back'), t('common:team.notice.backMessage'));
      }
    } catch (error) {
      if (error instanceof ApiCallError && error.body.conflict && edits) {
        set({ readOnly: null });
        await get().enterConflict(error.body.conflict, edits.mine, edits.base);
        return;
      }
      if (error instanceof ApiCallError && error.body.fault) set({ readOnly: { ...readOnly, message: error.body.message } });
      retryWhenBack();
    }
  };

  const retryWhenBack = () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void tryToWriteAgain(), RETRY_UNREACHABLE_MS);
  };

  return {
    conflict: null,
    readOnly: null,
    presence: null,
    settingsSeq: 0,
    teamNotice: null,

    enterConflict: async (detail, mine, base) => {
      const id = get().openTenderId;
      if (!id || detail.document !== 'tender' || detail.id !== id) return;
      await keepOnThisComputer(id, get().meta?.revision ?? 0, mine);
      let theirs: Tender;
      try {
        theirs = await call('tenders.get', { id });
      } catch (error) {
        set({ saveState: { ...get().saveState, status: 'error', message: messageOf(error) } });
        return;
      }
      if (get().openTenderId !== id) return;
      // Two notices of one colleague's save (their change and our refused save) can overlap: if the
      // user already chose meanwhile, the screen shows that version or a newer one, and nothing is asked again.
      if (!get().conflict && (get().meta?.revision ?? 0) >= theirs.revision) return;
      set({ conflict: { kind: 'conflict', detail, theirs, mine, base, recoveredAt: null, busy: false, error: null } });
    },

    enterReadOnly: async (fault, message) => {
      const { openTenderId: id, meta } = get();
      const edits = get().localEdits();
      const kept = id && meta && edits ? await keepOnThisComputer(id, meta.revision, edits.mine) : true;
      set({ readOnly: { fault, message, kept } });
      retryWhenBack();
    },

    offerRecoveredEdits: async (onDisk) => {
      let recovered;
      try {
        recovered = await call('recovery.get', { tenderId: onDisk.id });
      } catch {
        return;
      }
      if (!recovered || get().openTenderId !== onDisk.id) return;
      const theirs = contentOf(onDisk);
      // Nothing to offer when the kept edits are what is on disk anyway.
      if (JSON.stringify(recovered.content) === JSON.stringify(theirs)) {
        await call('recovery.discard', { tenderId: onDisk.id }).catch(() => undefined);
        return;
      }
      const unchangedSince = contentRevisionOf(onDisk) <= recovered.baseRevision;
      set({
        conflict: {
          kind: 'recovered',
          detail: null,
          theirs: onDisk,
          mine: recovered.content,
          // If nobody saved since the edits were kept, the tender on disk is what they started from.
          base: unchangedSince ? theirs : null,
          recoveredAt: recovered.savedAt,
          busy: false,
          error: null,
        },
      });
    },

    resolveConflict: async (choice) => {
      const conflict = get().conflict;
      const id = get().openTenderId;
      if (!conflict || !id) return;
      set({ conflict: { ...conflict, busy: true, error: null } });
      try {
        // Their version as on disk now: a third colleague may have saved since the banner appeared.
        const theirs = await call('tenders.get', { id });
        if (choice === 'theirs') {
          set({ conflict: null });
          get().adoptTender(theirs);
          await call('recovery.discard', { tenderId: id }).catch(() => undefined);
        } else if (choice === 'mine') {
          await saveOnTop(id, conflict.mine, theirs.revision);
        } else if (choice === 'copy') {
          const copy = await call('tenders.saveCopy', { content: conflict.mine });
          get().upsertSummary(copy);
          set({ conflict: null });
          get().adoptTender(theirs);
          await call('recovery.discard', { tenderId: id }).catch(() => undefined);
          notify(
            t('common:team.notice.copy'),
            t('common:team.notice.copyMessage', { title: copy.title, who: describeWriter(theirs.savedBy) }),
          );
        } else {
          await saveOnTop(id, combineVersions(contentOf(theirs), conflict.mine, choice.combine), theirs.revision);
        }
      } catch (error) {
        const current = get().conflict;
        if (current) set({ conflict: { ...current, busy: false, error: messageOf(error) } });
      }
    },

    externalChange: async (change) => {
      // Only read here: reporting (a write) would wake every other instance in turn.
      if (change.kind === 'presence') {
        const presence = await call('presence.list', {}).catch(() => null);
        if (presence) set({ presence });
        return;
      }
      if (change.kind === 'settings') {
        set({ settingsSeq: get().settingsSeq + 1 });
        return notify(t('common:team.notice.settings'), t('common:team.notice.settingsMessage', { who: describeWriter(change.savedBy) }));
      }
      if (change.kind === 'suppliers') {
        if (!get().register) return;
        await get().loadRegister({ force: true });
        return notify(t('common:team.notice.register'), t('common:team.notice.registerMessage', { who: describeWriter(change.savedBy) }));
      }
      if (change.kind !== 'tender') {
        if (!get().library) return;
        await get().loadLibrary({ force: true });
        return notify(t('common:team.notice.library'), t('common:team.notice.libraryMessage', { who: describeWriter(change.savedBy) }));
      }
      if (get().tendersStatus === 'ready') await get().loadTenders();
      const { openTenderId, meta, conflict } = get();
      if (change.id !== openTenderId || !meta || conflict || change.removed) return;
      // A colleague's import or moderation: the lots on screen show the records as stored now.
      for (const key of Object.keys(get().evaluationRecords)) {
        const [tenderId, lotId] = key.split('/');
        if (tenderId === change.id && lotId) void get().loadEvaluationRecords(tenderId, lotId);
      }
      if ((change.revision ?? 0) <= meta.revision) return;
      // Records only (refreshed above): the open content is still what is on disk, undo history and all.
      if ((change.contentRevision ?? change.revision ?? 0) <= meta.revision) return;
      const edits = get().localEdits();
      if (edits) {
        const detail = {
          document: 'tender' as const,
          id: change.id,
          title: change.title,
          revision: change.revision ?? 0,
          baseRevision: meta.revision,
          savedAt: change.savedAt,
          savedBy: change.savedBy,
        };
        return get().enterConflict(detail, edits.mine, edits.base);
      }
      const theirs = await call('tenders.get', { id: change.id }).catch(() => null);
      if (!theirs || get().openTenderId !== theirs.id || get().localEdits()) return;
      get().adoptTender(theirs);
      notify(
        t('common:team.notice.updated'),
        t('common:team.notice.updatedMessage', { who: describeWriter(theirs.savedBy), title: theirs.title }),
      );
    },

    retryNow: () => tryToWriteAgain(),

    refreshPresence: async () => {
      try {
        set({ presence: await call('presence.report', { openTenderId: get().openTenderId }) });
      } catch {
        // The folder may be unreachable: the last list stays until it is back.
      }
    },

    forgetTeamState: () => {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      set({ conflict: null, readOnly: null });
    },
  };
};
