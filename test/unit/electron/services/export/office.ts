/**
 * A real office suite reading the exported files back: LibreOffice headless converts to PDF, poppler
 * reads the PDF, mammoth and jszip read the .docx itself.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/**
 * Converts .docx files to PDF in one LibreOffice run with a profile of its own (parallel runs must not
 * share one). soffice exits 0 even when a file fails to load, so the caller asserts each PDF exists:
 * the returned paths are those that were written.
 */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<Map<string, string>> {
  const profile = await mkdtemp(join(tmpdir(), 'tw-lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      {
        timeout: 180_000,
      },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdfs = new Map<string, string>();
  for (const file of files) {
    const pdf = join(outDir, basename(file).replace(/\.docx$/, '.pdf'));
    const info = await stat(pdf).catch(() => undefined);
    if (info && info.size > 0) pdfs.set(file, pdf);
  }
  return pdfs;
}

export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(match[1]);
}

/** The PDF's text with every run of whitespace as one space, so wrapped lines read as written. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.replace(/\s+/g, ' ');
}

/** One part of a .docx, as text. */
export async function docxPart(bytes: Uint8Array, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} is not in the document`);
  return file.async('string');
}

/** Whitespace-collapsed, for comparing text that may wrap. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One line of text as pdftotext -bbox-layout places it, in points from the page's top left. */
export interface PdfLine {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const attribute = (tag: string, name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)?.[1]);

/** Every text line of the PDF with its bounding box, page by page (pages count from 1). */
export async function pdfLines(pdf: string): Promise<PdfLine[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const lines: PdfLine[] = [];
  stdout
    .split(/<page\b/)
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)) {
        const tag = match[1] ?? '';
        const words = [...(match[2] ?? '').matchAll(/<word\b[^>]*>([^<]*)<\/word>/g)].map((w) => w[1] ?? '');
        lines.push({
          page: index + 1,
          text: words.join(' '),
          xMin: attribute(tag, 'xMin'),
          yMin: attribute(tag, 'yMin'),
          xMax: attribute(tag, 'xMax'),
          yMax: attribute(tag, 'yMax'),
        });
      }
    });
  return lines;
}

/**
 * Pairs of lines on the same page drawn over each other. pdftotext's boxes span the font's whole
 * ascent and descent, so lines at ordinary spacing touch or share a fraction of a point; lines laid
 * on top of each other share most of their height. So a pair counts when the boxes intersect across
 * and share more than a quarter of the shorter line's height.
 */
export function overlappingLines(lines: readonly PdfLine[]): [PdfLine, PdfLine][] {
  const pairs: [PdfLine, PdfLine][] = [];
  lines.forEach((a, i) => {
    for (const b of lines.slice(i + 1)) {
      if (a.page !== b.page) continue;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const shorter = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (across > 0 && down > shorter / 4) pairs.push([a, b]);
    }
  });
  return pairs;
}
