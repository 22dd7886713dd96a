import { access, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { QuarantinedFile } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { IdSchema } from '@shared/model/common';
import type { TenderBackups } from './backups';
import { decodeDocument } from './documents';
import { CorruptFileError } from './errors';
import { moveFileDurably, namesIn } from './durable-file';
import { disclosuresFormat, LIBRARY_FORMAT, SETTINGS_FORMAT, SUPPLIER_REGISTER_FORMAT, tenderFormat } from './formats';

/** The shared files in the workspace folder itself that can be set aside. */
const ROOT_DOCUMENTS = ['settings.json', 'library.json', 'suppliers.json'];
import { FILE_TIMESTAMP_PATTERN, fileTimestamp, isoFromFileTimestamp, type Clock, type WorkspaceLayout } from './layout';
import { t } from '@shared/i18n';

/** <original name>.corrupt-<timestamp>[-n]; the -n only appears if that name was already taken. */
const QUARANTINED_NAME = new RegExp(`^(.+\\.json)\\.corrupt-(${FILE_TIMESTAMP_PATTERN})(?:-\\d+)?$`);

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** A name beside `wanted` that no file has yet, so a rename never overwrites anything. */
async function freeName(wanted: string): Promise<string> {
  let candidate = wanted;
  for (let n = 2; await exists(candidate); n += 1) candidate = `${wanted}-${n}`;
  return candidate;
}

/**
 * Files that failed to read are renamed in place to <name>.corrupt-<timestamp> with their bytes
 * untouched, so the user can be told, the app can carry on, and nothing is lost.
 */
export class Quarantine {
  /** Reasons found this session, by relative path; older quarantined files are re-read for theirs. */
  private readonly reasons = new Map<string, string>();

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly clock: Clock,
    private readonly backups: TenderBackups,
    /** Drops the store's open copy of a tender whose file was set aside. */
    private readonly forgetTender: (tenderId: string) => void,
  ) {}

  /** Renames `file` aside and returns the new path relative to the workspace. */
  async setAside(file: string, reason: string): Promise<string> {
    const target = await freeName(`${file}.corrupt-${fileTimestamp(this.clock.now())}`);
    await moveFileDurably(file, target);
    const relative = this.layout.relative(target);
    this.reasons.set(relative, reason);
    return relative;
  }

  /** Sets the tender file aside and returns the error to show. The caller holds the tender's queue. */
  async setAsideTenderLocked(id: string, reason: string): Promise<ApiError> {
    const kept = await this.setAside(this.layout.tenderFile(id), reason);
    this.forgetTender(id);
    const backups = await this.restorableBackups(id);
    const advice = backups > 0 ? t('messages:errors.workspace.backupsRestorable', { count: backups }) : '';
    return new ApiError('corrupt', t('messages:errors.workspace.setAside', { id, reason, kept, advice }));
  }

  /** Listing reads outside the queue; re-check inside it, since a save may have replaced the file meanwhile. */
  async setAsideTenderIfStillCorruptLocked(id: string): Promise<void> {
    const file = this.layout.tenderFile(id);
    try {
      decodeDocument(file, await readFile(file), tenderFormat(id));
    } catch (error) {
      if (error instanceof CorruptFileError) await this.setAsideTenderLocked(id, error.reason);
      else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /**
   * Backups that still read correctly. Not simply all of them: the newest is the same file as the
   * tender file (a hard link), so damage done to the tender file in place is in that backup too.
   */
  private async restorableBackups(id: string): Promise<number> {
    // Not the store's listBackups: this runs inside the tender's queue (setAsideTenderLocked) as well as outside it.
    return this.backups.restorableCount(id, tenderFormat(id));
  }

  /**
   * The highest revision a set-aside copy of this tender still mentions. A damaged file was usually
   * written after its newest backup, so a restore must count on from it: one revision, one content.
   */
  async highestRevisionOf(id: string): Promise<number> {
    const prefix = `${id}.json.corrupt-`;
    let highest = 0;
    for (const name of (await readdir(this.layout.tendersDir)).filter((n) => n.startsWith(prefix))) {
      const text = await readFile(resolve(this.layout.tendersDir, name), 'latin1').catch(() => '');
      for (const match of text.matchAll(/"revision"\s*:\s*(\d{1,9})/g)) highest = Math.max(highest, Number(match[1]));
    }
    return highest;
  }

  /** Every quarantined file still waiting for the user, newest first. */
  async list(): Promise<QuarantinedFile[]> {
    const found = [
      ...(await this.scan(this.layout.root, (original) => (ROOT_DOCUMENTS.includes(original) ? {} : undefined))),
      ...(await this.scan(this.layout.disclosuresDir, (original) => (original.endsWith('.json') ? {} : undefined))),
      ...(await this.scan(this.layout.tendersDir, (original) => {
        const id = original.slice(0, -'.json'.length);
        return IdSchema.safeParse(id).success ? { tenderId: id } : undefined;
      })),
    ];
    return found.sort((a, b) =>
      a.quarantinedAt < b.quarantinedAt ? 1 : a.quarantinedAt > b.quarantinedAt ? -1 : a.file.localeCompare(b.file),
    );
  }

  private async scan(dir: string, owner: (original: string) => { tenderId?: string } | undefined): Promise<QuarantinedFile[]> {
    const names = await namesIn(dir);
    const files: QuarantinedFile[] = [];
    for (const name of names) {
      const match = QUARANTINED_NAME.exec(name);
      const original = match?.[1];
      const who = original === undefined ? undefined : owner(original);
      if (!match || !original || !who) continue;
      const path = join(dir, name);
      files.push({
        file: this.layout.relative(path),
        ...(who.tenderId ? { tenderId: who.tenderId } : {}),
        reason: await this.reasonFor(path, original, who.tenderId),
        quarantinedAt: isoFromFileTimestamp(match[2] ?? ''),
        backupsAvailable: who.tenderId ? await this.restorableBackups(who.tenderId) : 0,
      });
    }
    return files;
  }

  private async reasonFor(path: string, original: string, tenderId: string | undefined): Promise<string> {
    const known = this.reasons.get(this.layout.relative(path));
    if (known) return known;
    const bytes = await readFile(path);
    try {
      if (tenderId) decodeDocument(path, bytes, tenderFormat(tenderId));
      else if (dirname(path) === this.layout.disclosuresDir)
        decodeDocument(path, bytes, disclosuresFormat(original.slice(0, -'.json'.length)));
      else if (original === 'settings.json') decodeDocument(path, bytes, SETTINGS_FORMAT);
      else if (original === 'suppliers.json') decodeDocument(path, bytes, SUPPLIER_REGISTER_FORMAT);
      else decodeDocument(path, bytes, LIBRARY_FORMAT);
      // E.g. it came from a newer version and this one has since been updated to read it.
      return 'the file was set aside earlier; it reads correctly now and can be put back by hand';
    } catch (error) {
      if (error instanceof CorruptFileError) return error.reason;
      throw error;
    }
  }

  /**
   * Moves a quarantined file into backups/quarantine/ so the notice goes away; the file is kept.
   * `file` must be one of the paths list() reports, which rules out anything outside the workspace.
   * Returns false when it is not.
   */
  async dismiss(file: string): Promise<boolean> {
    const entry = (await this.list()).find((q) => q.file === file);
    if (!entry) return false;
    const from = join(this.layout.root, ...entry.file.split('/'));
    const to = await freeName(join(this.layout.dismissedQuarantineDir, basename(from)));
    await moveFileDurably(from, to);
    this.reasons.delete(entry.file);
    return true;
  }
}
