/** The error shape both transports carry back to the renderer. */
export interface ApiErrorBody {
  code: 'invalid_input' | 'not_found' | 'conflict' | 'corrupt' | 'io' | 'unauthorized' | 'unknown_method' | 'internal';
  message: string;
  /** For invalid input: one entry per offending field, e.g. { path: "title", message: "..." }. */
  issues?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  constructor(
    public readonly code: ApiErrorBody['code'],
    message: string,
    public readonly issues?: ApiErrorBody['issues'],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}
