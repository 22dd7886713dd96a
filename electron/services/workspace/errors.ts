import { t } from '@shared/i18n';

/** A workspace file that cannot be used: not JSON, not an object, from a newer app, or not the expected layout. */
export class CorruptFileError extends Error {
  constructor(
    /** Absolute path of the file that was read. */
    public readonly filePath: string,
    /** What is wrong, in plain words, e.g. "the file is empty". */
    public readonly reason: string,
  ) {
    super(`${filePath}: ${reason}`);
    this.name = 'CorruptFileError';
  }
}

/** Node's error codes that mean the disk said no, as opposed to a bug. */
export function isErrnoError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

const PLAIN_ERRNO: Record<string, () => string> = {
  ENOSPC: () => t('messages:errno.ENOSPC'),
  EDQUOT: () => t('messages:errno.EDQUOT'),
  EACCES: () => t('messages:errno.EACCES'),
  EPERM: () => t('messages:errno.EPERM'),
  EROFS: () => t('messages:errno.EROFS'),
  EBUSY: () => t('messages:errno.EBUSY'),
  EMFILE: () => t('messages:errno.EMFILE'),
  ENOENT: () => t('messages:errno.ENOENT'),
  EIO: () => t('messages:errno.EIO'),
};

/** "the disk is full (ENOSPC)" rather than a stack-trace-looking message. */
export function describeErrno(error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'unknown';
  return t('messages:errno.withCode', { cause: PLAIN_ERRNO[code]?.() ?? error.message, code });
}
