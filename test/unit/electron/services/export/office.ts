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
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      timeout: 180_000,
    });
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
