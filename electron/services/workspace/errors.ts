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

const PLAIN_ERRNO: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted (the file may be open in another program)',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENOENT: 'the file or folder does not exist',
  EIO: 'the disk reported an input/output error',
};

/** "the disk is full (ENOSPC)" rather than a stack-trace-looking message. */
export function describeErrno(error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'unknown';
  return `${PLAIN_ERRNO[code] ?? error.message} (${code})`;
}
