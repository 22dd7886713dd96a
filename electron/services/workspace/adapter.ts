import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { decodeDocument, encodeDocument, type DocumentFormat } from './documents';
import { writeFileDurably } from './durable-file';

/**
 * lowdb adapter for one workspace file. read() returns null for a missing file (lowdb then keeps its
 * default), a migrated and validated document otherwise, and throws CorruptFileError for anything else.
 * write() is atomic and durable, and serialised with every other write to the same path.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    public readonly filePath: string,
    private readonly format: DocumentFormat<T>,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return decodeDocument(this.filePath, bytes, this.format);
  }

  async write(data: T): Promise<void> {
    // Serialise now, not when the queue gets to it: later edits of `data` belong to later writes.
    await writeFileDurably(this.filePath, encodeDocument(data, this.format));
  }
}
