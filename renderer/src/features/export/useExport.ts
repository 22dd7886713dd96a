/**
 * The Export screen's state: the preview of what will be exported (refreshed whenever the open tender
 * is saved), what the platform can do with a saved file, and one export run at a time with its steps.
 * Exports read the saved tender, so pending edits are saved first.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ExportPreview, FileCapabilities, SaveOutcome } from '@shared/api/contract';
import type { ApiErrorBody } from '@shared/api/errors';
import { t } from '@shared/i18n';
import { ApiCallError, call } from '../../api';
import { messageOf } from '../../lib/errors';
import { saveExportedFile } from '../../lib/files';
import { useActions, useAppStore } from '../../store';

export type ExportKind = 'wordPack' | 'clauses';

export type RunStep = 'saving-edits' | 'building' | 'saving-file';

/** Each step in words, read at render in the screens' language. */
export const STEP_LABELS: Record<RunStep, () => string> = {
  'saving-edits': () => t('exporting:steps.savingEdits'),
  building: () => t('exporting:steps.building'),
  'saving-file': () => t('exporting:steps.savingFile'),
};

export const STEP_PROGRESS: Record<RunStep, number> = { 'saving-edits': 15, building: 55, 'saving-file': 90 };

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; kind: ExportKind; step: RunStep }
  | { status: 'done'; kind: ExportKind; fileName: string; outcome: SaveOutcome }
  | { status: 'failed'; kind: ExportKind; message: string; issues: NonNullable<ApiErrorBody['issues']> };

/** Today in the user's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function usePreview(tenderId: string, revision: number) {
  const { saveNow } = useActions();
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        await saveNow();
        const next = await call('export.preview', { tenderId });
        if (!cancelled) {
          setPreview(next);
          setError(null);
        }
      } catch (e) {
        if (!cancelled) setError(messageOf(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [tenderId, revision, reload, saveNow]);

  const refresh = useCallback(() => setReload((n) => n + 1), []);
  // A preview of another tender (the screen stays mounted while a different tender opens) is not shown.
  return { preview: preview?.tenderId === tenderId ? preview : null, error, refresh };
}

export function useCapabilities(): FileCapabilities | null {
  const [caps, setCaps] = useState<FileCapabilities | null>(null);
  useEffect(() => {
    let cancelled = false;
    call('files.capabilities', {})
      .then((c) => !cancelled && setCaps(c))
      .catch(() => !cancelled && setCaps({ saveDialog: false, open: false, showInFolder: false }));
    return () => {
      cancelled = true;
    };
  }, []);
  return caps;
}

export function useExportRun(tenderId: string, onFinished: () => void) {
  const { saveNow } = useActions();
  const [run, setRun] = useState<RunState>({ status: 'idle' });

  const start = useCallback(
    async (kind: ExportKind, options: { exportDate: string; includeGuidance: boolean }) => {
      setRun({ status: 'running', kind, step: 'saving-edits' });
      try {
        await saveNow();
        const { saveState, openTenderId } = useAppStore.getState();
        if (openTenderId === tenderId && (saveState.status === 'invalid' || saveState.status === 'error')) {
          const reason = saveState.message ?? t('exporting:run.needsAttention');
          setRun({
            status: 'failed',
            kind,
            message: kind === 'wordPack' ? t('exporting:run.unsavedPack', { reason }) : t('exporting:run.unsavedClauses', { reason }),
            issues: [],
          });
          return;
        }
        setRun({ status: 'running', kind, step: 'building' });
        const file =
          kind === 'wordPack'
            ? await call('export.wordPack', { tenderId, exportDate: options.exportDate })
            : await call('export.clauses', { tenderId, exportDate: options.exportDate, includeGuidance: options.includeGuidance });
        setRun({ status: 'running', kind, step: 'saving-file' });
        const outcome = await saveExportedFile(file);
        setRun({ status: 'done', kind, fileName: file.fileName, outcome });
      } catch (e) {
        setRun({ status: 'failed', kind, message: messageOf(e), issues: e instanceof ApiCallError ? (e.body.issues ?? []) : [] });
      } finally {
        onFinished();
      }
    },
    [saveNow, tenderId, onFinished],
  );

  return { run, start };
}
