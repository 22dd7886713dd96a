import type { SavedBy } from '../model/workspace';

/** What a `conflict` refusal of a stale write says about the version on disk that came first. */
export interface ConflictDetail {
  document: 'tender' | 'settings' | 'library' | 'suppliers';
  /** The tender's id, or the library item's key ("clause:<id>"). */
  id?: string;
  title?: string;
  /** The revision on disk now, and the one the refused write was based on. */
  revision: number;
  baseRevision: number;
  savedAt?: string;
  savedBy?: SavedBy;
}

/** Why a write could not reach the workspace folder, when the disk or network said no. */
export type WorkspaceFault = 'unreachable' | 'full' | 'read-only';

/** The error shape both transports carry back to the renderer. */
export interface ApiErrorBody {
  code: 'invalid_input' | 'not_found' | 'conflict' | 'corrupt' | 'io' | 'unauthorized' | 'unknown_method' | 'internal';
  message: string;
  /** For invalid input: one entry per offending field, e.g. { path: "title", message: "..." }. */
  issues?: { path: string; message: string }[];
  /** For a write refused because its base revision is stale: who wrote the newer version, and when. */
  conflict?: ConflictDetail;
  /** For a write the workspace folder refused: what kind of fault, and which folder. */
  fault?: { kind: WorkspaceFault; folder: string };
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  constructor(
    public readonly code: ApiErrorBody['code'],
    message: string,
    public readonly issues?: ApiErrorBody['issues'],
    public readonly extra: Pick<ApiErrorBody, 'conflict' | 'fault'> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}), ...this.extra };
  }
}
