import { join, relative, sep } from 'node:path';

/** Where each kind of file lives inside a workspace folder. */
export class WorkspaceLayout {
  constructor(public readonly root: string) {}

  get tendersDir(): string {
    return join(this.root, 'tenders');
  }
  get backupsDir(): string {
    return join(this.root, 'backups');
  }
  get deletedDir(): string {
    return join(this.backupsDir, 'deleted');
  }
  get dismissedQuarantineDir(): string {
    return join(this.backupsDir, 'quarantine');
  }
  /** One small file per running instance (presence.ts): who has the workspace open. */
  get presenceDir(): string {
    return join(this.root, 'presence');
  }
  get settingsFile(): string {
    return join(this.root, 'settings.json');
  }
  get libraryFile(): string {
    return join(this.root, 'library.json');
  }
  /** The supplier register (engagement/supplier-register.ts). */
  get supplierRegisterFile(): string {
    return join(this.root, 'suppliers.json');
  }
  get disclosuresDir(): string {
    return join(this.root, 'disclosures');
  }
  /** A tender's factory disclosures, kept out of the tender file so saves stay small. */
  disclosuresFile(tenderId: string): string {
    return join(this.disclosuresDir, `${tenderId}.json`);
  }
  /** A rebuildable cache (see summary-index.ts): safe to delete, never needed in a backup. */
  get summaryIndexFile(): string {
    return join(this.root, 'cache', 'tender-summaries.json');
  }
  tenderFile(id: string): string {
    return join(this.tendersDir, `${id}.json`);
  }
  tenderBackupsDir(id: string): string {
    return join(this.backupsDir, id);
  }
  deletedTenderFile(id: string): string {
    return join(this.deletedDir, `${id}.json`);
  }

  /** Path relative to the root with "/" separators on every platform, as the UI shows it. */
  relative(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }
}

/** 2026-11-21T10:00:00.000Z -> 2026-11-21T10-00-00-000Z (":" is not allowed in Windows file names). */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export const FILE_TIMESTAMP_PATTERN = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';

/** Inverse of fileTimestamp. */
export function isoFromFileTimestamp(stamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!match) throw new Error(`not a file timestamp: ${stamp}`);
  const [, day, h, m, s, ms] = match;
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

/** Where the store reads the time: MonotonicClock in the app, a clock a test moves by hand in tests. */
export interface Clock {
  now(): Date;
}

/**
 * Wall-clock time that never repeats or goes backwards within a process, so two backups or
 * quarantined copies made in the same millisecond still get distinct, correctly ordered names.
 */
export class MonotonicClock implements Clock {
  private last = 0;

  now(): Date {
    const current = Date.now();
    this.last = current > this.last ? current : this.last + 1;
    return new Date(this.last);
  }
}

/** Shared by every store in the process, so two stores on one folder cannot mint the same name either. */
export const processClock = new MonotonicClock();
