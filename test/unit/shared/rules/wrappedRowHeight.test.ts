import { describe, expect, it } from 'vitest';
import {
  charsPerLine,
  LINE_HEIGHT_POINTS,
  MAX_ROW_HEIGHT_POINTS,
  wrappedLineCount,
  wrappedRowHeight,
} from '@shared/rules/wrappedRowHeight';

describe('row heights of wrapped cells', () => {
  it('fits fewer characters on a line than the column has width units, and at least one', () => {
    expect(charsPerLine(60)).toBeLessThan(60);
    expect(charsPerLine(60)).toBeGreaterThan(40);
    expect(charsPerLine(120)).toBeGreaterThan(charsPerLine(60));
    expect(charsPerLine(0.5)).toBe(1);
  });

  it('fits fewer characters of a larger font', () => {
    expect(charsPerLine(60, 14)).toBeLessThan(charsPerLine(60, 11));
  });

  it('counts a short text as one line and an empty one as one line', () => {
    expect(wrappedLineCount('Price', 30)).toBe(1);
    expect(wrappedLineCount('', 30)).toBe(1);
  });

  it('counts explicit line breaks, blank lines included', () => {
    expect(wrappedLineCount('5 – Excellent\n4 – Good\n\n0 – Nothing', 60)).toBe(4);
    expect(wrappedLineCount('a\r\nb\rc', 60)).toBe(3);
  });

  it('wraps at word boundaries, never splitting a word that fits on a line', () => {
    const perLine = charsPerLine(20);
    const word = 'x'.repeat(perLine - 2);
    // Two words that together are longer than a line take two lines, though their letters would fit.
    expect(wrappedLineCount(`${word} ${word}`, 20)).toBe(2);
    expect(wrappedLineCount(`${'y'.repeat(3)} ${'y'.repeat(3)}`, 20)).toBe(1);
  });

  it('breaks a word longer than a line over as many lines as it needs', () => {
    const perLine = charsPerLine(10);
    expect(wrappedLineCount('z'.repeat(perLine * 3), 10)).toBe(3);
    expect(wrappedLineCount(`ab ${'z'.repeat(perLine * 2 + 1)}`, 10)).toBe(4);
  });

  it('takes the tallest cell of the row, lines times the line height plus a little padding', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const lines = wrappedLineCount(long, 20);
    expect(lines).toBeGreaterThan(5);
    const height = wrappedRowHeight([
      { text: 'Short', columnWidth: 20 },
      { text: long, columnWidth: 20 },
    ]);
    expect(height).toBeGreaterThanOrEqual(lines * LINE_HEIGHT_POINTS);
    expect(height).toBeLessThan((lines + 1) * LINE_HEIGHT_POINTS);
  });

  it('gives a row of empty or one-line cells the standard height', () => {
    expect(wrappedRowHeight([])).toBe(LINE_HEIGHT_POINTS);
    expect(wrappedRowHeight([{ text: '', columnWidth: 10 }])).toBe(LINE_HEIGHT_POINTS);
    expect(wrappedRowHeight([{ text: 'One line', columnWidth: 30 }])).toBeLessThanOrEqual(LINE_HEIGHT_POINTS + 3);
  });

  it('makes lines of a larger font taller', () => {
    const text = 'A title that takes two lines at this width';
    expect(wrappedRowHeight([{ text, columnWidth: 20, fontSize: 14 }])).toBeGreaterThan(wrappedRowHeight([{ text, columnWidth: 20 }]));
  });

  it('never goes past the tallest row a spreadsheet allows', () => {
    expect(wrappedRowHeight([{ text: 'line\n'.repeat(200), columnWidth: 30 }])).toBe(MAX_ROW_HEIGHT_POINTS);
  });
});
