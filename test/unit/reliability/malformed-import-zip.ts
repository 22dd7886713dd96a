/**
 * Zip and workbook-part helpers for the malformed-import recipes: edit one part of an export, write a
 * raw archive entry by entry (for lies jszip would not tell), and make large deterministic streams.
 */
import JSZip from 'jszip';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { createCipheriv, createHash } from 'node:crypto';

export const MiB = 1024 * 1024;

// ---- zip helpers (jszip only reads the small export; zlib deflates, megabytes in milliseconds) ----

/** The export with one part's text changed. */
export async function editPart(bytes: Buffer, part: string, change: (text: string) => string): Promise<Buffer> {
  const entries = await rawEntriesOf(bytes);
  const before = await partText(bytes, part);
  const after = change(before);
  if (after === before) throw new Error(`recipe left ${part} unchanged`);
  return rawZip(entries.map((e) => (e.name === part ? deflated(part, Buffer.from(after)) : e)));
}

/** The export with one part's bytes replaced. */
export async function replacePart(bytes: Buffer, part: string, data: Buffer): Promise<Buffer> {
  return rawZip((await rawEntriesOf(bytes)).map((e) => (e.name === part ? deflated(part, data) : e)));
}

export async function withoutPart(bytes: Buffer, part: string): Promise<Buffer> {
  return rawZip((await rawEntriesOf(bytes)).filter((e) => e.name !== part));
}

export const SCORING_PART = 'xl/worksheets/sheet3.xml';

// Most recipes start from the same export: read it once.
const opened = new WeakMap<Buffer, Promise<JSZip>>();
const rawEntries = new WeakMap<Buffer, Promise<RawEntry[]>>();

function openZip(bytes: Buffer): Promise<JSZip> {
  if (!opened.has(bytes)) opened.set(bytes, JSZip.loadAsync(bytes));
  return opened.get(bytes)!;
}

export async function partText(bytes: Buffer, part: string): Promise<string> {
  return (await openZip(bytes)).file(part)!.async('string');
}

/** What a recipe writes into a cell: a value as Excel stores it, a formula (with a cached result), or raw XML. */
type CellEdit = number | string | null | { formula: string; cached?: number } | { type: 'b' | 'e' | 'n'; v: string };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Scoring part with one cell rewritten, keeping its style. */
export function setCell(xml: string, address: string, edit: CellEdit): string {
  const pattern = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>.*?</c>)`);
  if (!pattern.test(xml)) throw new Error(`no cell ${address} in the Scoring part`);
  return xml.replace(pattern, (_, found: string) => {
    const attributes = found.replace(/\st="[^"]*"/, '');
    const open = (type?: string) => `<c r="${address}"${attributes}${type ? ` t="${type}"` : ''}>`;
    if (edit === null) return `<c r="${address}"${attributes}/>`;
    if (typeof edit === 'number') return `${open()}<v>${edit}</v></c>`;
    if (typeof edit === 'string') return `${open('inlineStr')}<is><t xml:space="preserve">${escapeXml(edit)}</t></is></c>`;
    if ('formula' in edit)
      return `${open()}<f>${escapeXml(edit.formula)}</f>${edit.cached === undefined ? '' : `<v>${edit.cached}</v>`}</c>`;
    return `${open(edit.type)}<v>${escapeXml(edit.v)}</v></c>`;
  });
}

/** The filled workbook with cells of the Scoring sheet rewritten in its XML, as another program would save them. */
export function editCells(good: Buffer, edits: Record<string, CellEdit>): Promise<Buffer> {
  return editPart(good, SCORING_PART, (xml) => Object.entries(edits).reduce((out, [address, edit]) => setCell(out, address, edit), xml));
}

export interface RawEntry {
  name: string;
  /** What is stored in the archive (already deflated when method is 8). */
  packed: Uint8Array;
  method: 0 | 8;
  crc: number;
  uncompressedSize: number;
  flags?: number;
  /** Point this entry's directory record at an earlier entry's data (overlapping entries). */
  sameDataAs?: number;
}

/** A zip written by hand, for what no zip library will write: lying sizes, overlaps, odd names. */
export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const record = (signature: number, size: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    let localOffset = offset;
    if (entry.sameDataAs === undefined) {
      const local = record(0x04034b50, 30);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(entry.flags ?? 0, 6);
      local.writeUInt16LE(entry.method, 8);
      local.writeUInt32LE(entry.crc, 14);
      local.writeUInt32LE(entry.packed.length, 18);
      local.writeUInt32LE(entry.uncompressedSize, 22);
      local.writeUInt16LE(name.length, 26);
      parts.push(local, name, Buffer.from(entry.packed));
      offset += local.length + name.length + entry.packed.length;
    } else {
      localOffset = offsets[entry.sameDataAs]!;
    }
    offsets.push(localOffset);
    const c = record(0x02014b50, 46);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(entry.flags ?? 0, 8);
    c.writeUInt16LE(entry.method, 10);
    c.writeUInt32LE(entry.crc, 16);
    c.writeUInt32LE(entry.packed.length, 20);
    c.writeUInt32LE(entry.uncompressedSize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(localOffset, 42);
    central.push(c, name);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

export const deflated = (name: string, data: Uint8Array, extra: Partial<RawEntry> = {}): RawEntry => ({
  name,
  packed: deflateRawSync(data, { level: 1 }),
  method: 8,
  crc: crc32(data),
  uncompressedSize: data.length,
  ...extra,
});

/** Every entry of a real workbook as raw entries, so hand-made archives start from the real thing. */
export function rawEntriesOf(bytes: Buffer): Promise<RawEntry[]> {
  if (!rawEntries.has(bytes)) {
    rawEntries.set(
      bytes,
      openZip(bytes).then(async (zip) => {
        const entries: RawEntry[] = [];
        for (const file of Object.values(zip.files)) {
          if (!file.dir) entries.push(deflated(file.name, await file.async('nodebuffer')));
        }
        return entries;
      }),
    );
  }
  return rawEntries.get(bytes)!;
}

/**
 * A raw deflate stream of `mebibytes` MiB of zeros, about 1 KB per MiB: the same sync-flushed block
 * of one MiB repeated (each starts afresh, so they chain), then an empty final block.
 */
export function zerosStream(mebibytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MiB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array<Buffer>(mebibytes).fill(block), Buffer.from([0x03, 0x00])]);
}
/** CRC-32 of 4095 MiB of zeros (computed once with zlib.crc32; 2 s of CPU not spent per run). */
export const CRC_OF_4095_MIB_OF_ZEROS = 0x65d3537a;

/** Deterministic lowercase letters that deflate cannot shrink much: an AES-CTR keystream keyed by `seed`. */
export function noise(seed: number, length: number): Buffer {
  const key = createHash('sha256').update(`malformed-import-${seed}`).digest();
  const stream = createCipheriv('aes-256-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
  for (let i = 0; i < stream.length; i += 1) stream[i] = 0x61 + (stream[i]! % 26);
  return stream;
}
