/**
 * Workbooks as a person sees them printed: LibreOffice headless converts them to PDF, and poppler's
 * `pdftotext -bbox-layout` gives every printed line of text with its box, page by page.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PrintedLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PrintedPage {
  width: number;
  height: number;
  lines: PrintedLine[];
}

/** Converts spreadsheets to PDF in one LibreOffice run with a profile of its own; returns the PDFs written, by input file. */
export async function spreadsheetsToPdf(files: readonly string[], outDir: string): Promise<Map<string, string>> {
  const profile = await mkdtemp(join(tmpdir(), 'tw-lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { timeout: 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdfs = new Map<string, string>();
  for (const file of files) {
    const pdf = join(outDir, basename(file).replace(/\.[^.]+$/, '.pdf'));
    const info = await stat(pdf).catch(() => undefined);
    if (info && info.size > 0) pdfs.set(file, pdf);
  }
  return pdfs;
}

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[name.toLowerCase()]) return named[name.toLowerCase()]!;
    return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });

const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(tag)![1]);

/** Every page of a PDF with its printed lines (the words of each line joined by spaces). */
export async function printedPages(pdf: string): Promise<PrintedPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages: PrintedPage[] = [];
  for (const page of stdout.split('<page ').slice(1)) {
    const lines: PrintedLine[] = [];
    for (const match of page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...match[2]!.matchAll(/<word [^>]*>([\s\S]*?)<\/word>/g)].map((w) => decode(w[1]!));
      const tag = match[1]!;
      lines.push({
        text: words.join(' '),
        xMin: attr(tag, 'xMin'),
        yMin: attr(tag, 'yMin'),
        xMax: attr(tag, 'xMax'),
        yMax: attr(tag, 'yMax'),
      });
    }
    pages.push({ width: attr(page, 'width'), height: attr(page, 'height'), lines });
  }
  return pages;
}

/** The pages of a sheet: those whose footer (the sheet name, bottom left) names it. */
export function pagesOfSheet(pages: readonly PrintedPage[], sheet: string): PrintedPage[] {
  return pages.filter((page) => page.lines.some((line) => line.text === sheet && line.yMin > page.height * 0.85));
}

/**
 * Pairs of lines drawn over each other: their boxes cross by more than a quarter of the lower line's
 * height (lines that merely touch, as consecutive lines of one paragraph do, are fine).
 */
export function overlappingLines(lines: readonly PrintedLine[]): [PrintedLine, PrintedLine][] {
  const found: [PrintedLine, PrintedLine][] = [];
  const sorted = [...lines].sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.yMin < a.yMax; j += 1) {
      const b = sorted[j]!;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > 0.5 && down > 0.25 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) found.push([a, b]);
    }
  }
  return found;
}

/** The text of pages with every run of whitespace as one space. */
export const pagesText = (pages: readonly PrintedPage[]) =>
  pages
    .map((p) => p.lines.map((l) => l.text).join(' '))
    .join(' ')
    .replace(/\s+/g, ' ');
