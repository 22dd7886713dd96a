/**
 * User text into docx runs and paragraphs. Every string passes xmlSafeText first (characters XML 1.0
 * forbids are dropped); docx escapes markup. Line breaks become real breaks and tabs real tabs, so no
 * layout is ever made of spaces.
 */
import { Paragraph, Tab, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { longDate, xmlSafeText } from '@shared/rules/exportText';
import { ENGLISH, type DocumentVoice } from '@shared/documents/voice';

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** xmlSafeText: it returns the usual text that needs no change without copying it (a large pack has half a million characters). */
export const safeText = xmlSafeText;

/** Runs for a text that may hold line breaks and tabs. An empty text gives no runs. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const safe = safeText(text);
  if (safe === '') return [];
  return safe.split('\n').map((line, index) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((part, i) => {
      if (i > 0) children.push(new Tab());
      if (part !== '') children.push(part);
    });
    return new TextRun({ ...style, children, ...(index > 0 ? { break: 1 } : {}) });
  });
}

type ParagraphOptions = Omit<IParagraphOptions, 'text' | 'children'>;

/** Text for a one-line place (headings, titles, the running header): breaks and tabs become spaces. */
export function oneLine(text: string): string {
  return safeText(text)
    .replace(/[\t\n]+/g, ' ')
    .trim();
}

/** A heading or title: one line of user text. */
export function line(text: string, options: ParagraphOptions = {}, style: RunStyle = {}): Paragraph {
  return new Paragraph({ ...options, children: runs(oneLine(text), style) });
}

/** A paragraph of user text in a style. */
export function para(text: string, options: ParagraphOptions = {}, style: RunStyle = {}): Paragraph {
  return new Paragraph({ ...options, children: runs(text, style) });
}

/** A paragraph made of labelled text: a bold label, then the value. */
export function labelled(label: string, value: string, options: ParagraphOptions = {}): Paragraph {
  return labelledIn(ENGLISH, label, value, options);
}

/** labelled() in a document's language: "Reference: " in English, "Référence : " in French. */
export function labelledIn(voice: DocumentVoice, label: string, value: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children: [...runs(voice.t('documents:common.label', { label }), { bold: true }), ...runs(value)] });
}

/** Non-blank paragraphs of a long text, split on blank lines. */
export function paragraphsOf(text: string, options: ParagraphOptions = {}): Paragraph[] {
  return safeText(text)
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => para(chunk, options));
}

/**
 * The cover's date line, in the buyer's words: "Issued 2 December 2026". The tender's revision is an
 * autosave counter, so it is never shown to bidders.
 */
export function issuedOn(exportDate: string, voice: DocumentVoice = ENGLISH): string {
  return voice.t('documents:common.issuedOn', { date: longDate(exportDate, voice) });
}
