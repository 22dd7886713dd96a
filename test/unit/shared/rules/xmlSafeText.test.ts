import { describe, expect, it } from 'vitest';
import {
  cleanPaste,
  countRemovedCharacters,
  escapeSpreadsheetEscapes,
  removedCharactersMessage,
  spreadsheetSafeText,
  xmlSafeText,
} from '@shared/rules/xmlSafeText';

const FORBIDDEN_CONTROLS = [...Array(0x20).keys()].filter((c) => c !== 0x9 && c !== 0xa && c !== 0xd).map((c) => String.fromCharCode(c));

describe('xmlSafeText', () => {
  it('drops every C0 control XML 1.0 forbids, and keeps tab and line feed', () => {
    expect(FORBIDDEN_CONTROLS).toHaveLength(29);
    for (const ch of FORBIDDEN_CONTROLS) expect(xmlSafeText(`a${ch}b`)).toBe('ab');
    expect(xmlSafeText('a\tb\nc')).toBe('a\tb\nc');
  });

  it('makes every line end a line feed, so a carriage return is kept as the break it was', () => {
    expect(xmlSafeText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('drops U+FFFE and U+FFFF, which are not characters', () => {
    expect(xmlSafeText('x\ufffey\uffffz')).toBe('xyz');
    expect(xmlSafeText('\ufffd replacement stays')).toBe('\ufffd replacement stays');
  });

  it('drops lone surrogates of either half and keeps real pairs such as emoji', () => {
    expect(xmlSafeText('a\ud800b\udc00c\udbff')).toBe('abc');
    expect(xmlSafeText('\udc00\ud83d\ude00\ud800')).toBe('\ud83d\ude00');
    expect(xmlSafeText('ok 😀 𝄞 pair')).toBe('ok 😀 𝄞 pair');
  });

  it('keeps markup, entities and the line and paragraph separators as text', () => {
    expect(xmlSafeText('<w:p>]]>&amp; \u2028\u2029 \u0085 \u007f')).toBe('<w:p>]]>&amp; \u2028\u2029 \u0085 \u007f');
  });

  it('returns the usual clean text unchanged', () => {
    const text = 'Within 45 days of contract award, the supplier discloses its tier-1 suppliers.';
    expect(xmlSafeText(text)).toBe(text);
    expect(xmlSafeText('')).toBe('');
  });
});

describe('escapeSpreadsheetEscapes', () => {
  it('escapes the underscore of every literal _xHHHH_, in either case, so Excel shows it as typed', () => {
    expect(escapeSpreadsheetEscapes('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeSpreadsheetEscapes('a _x00e9_ and _X0041_ b _x0041_x0042_')).toBe('a _x005F_x00e9_ and _X0041_ b _x005F_x0041_x0042_');
    expect(escapeSpreadsheetEscapes('_x005F_')).toBe('_x005F_x005F_');
  });

  it('leaves near misses alone', () => {
    for (const text of ['_x041_', '_x00411', 'x0041_', '_xGGGG_', 'snake_case_name']) expect(escapeSpreadsheetEscapes(text)).toBe(text);
  });

  it('spreadsheetSafeText sanitises first, so a forbidden character cannot hide an escape', () => {
    expect(spreadsheetSafeText('_x00\u000141_ \uffff')).toBe('_x005F_x0041_ ');
  });
});

describe('what an input field says about what it removed or cut', () => {
  it('counts control characters and non-characters apart', () => {
    expect(countRemovedCharacters('a\u0001b\u000bc\ufffe\ud800')).toEqual({ controls: 2, nonCharacters: 2 });
    expect(countRemovedCharacters('clean\r\ntext\t😀')).toEqual({ controls: 0, nonCharacters: 0 });
  });

  it('says what was removed in plain words, or nothing when nothing was', () => {
    expect(removedCharactersMessage({ controls: 2, nonCharacters: 0 })).toBe(
      '2 invisible control characters were removed: Word and Excel files cannot hold them.',
    );
    expect(removedCharactersMessage({ controls: 0, nonCharacters: 1 })).toBe(
      '1 broken or non-printing character was removed: Word and Excel files cannot hold it.',
    );
    expect(removedCharactersMessage({ controls: 1, nonCharacters: 3 })).toBe(
      '1 invisible control character and 3 broken or non-printing characters were removed: Word and Excel files cannot hold them.',
    );
    expect(removedCharactersMessage({ controls: 0, nonCharacters: 0 })).toBeNull();
  });

  it('takes clean text that fits as it is', () => {
    expect(cleanPaste('Laptops for schools', 300)).toEqual({ text: 'Laptops for schools', message: null });
  });

  it('removes what no file can hold and says so', () => {
    expect(cleanPaste('Acme\u0007 Ltd\u0000', 300)).toEqual({
      text: 'Acme Ltd',
      message: '2 invisible control characters were removed: Word and Excel files cannot hold them.',
    });
  });

  it('cuts a paste longer than the field and says how long it was', () => {
    const pasted = 'x'.repeat(196_000);
    const result = cleanPaste(pasted, 20_000);
    expect(result.text).toHaveLength(20_000);
    expect(result.message).toBe('The pasted text was 196,000 characters; this field holds 20,000, so the rest was not pasted.');
  });

  it('speaks of the pasted part when the field already held text', () => {
    const result = cleanPaste('b'.repeat(30), 100, 90);
    expect(result.text).toBe('b'.repeat(10));
    expect(result.message).toBe(
      'The pasted text was 30 characters and only 10 more fit in this field (it holds 100), so the rest was not pasted.',
    );
  });

  it('never cuts an emoji in half', () => {
    expect(cleanPaste('ab😀', 3).text).toBe('ab');
    expect(cleanPaste('more', 10, 10)).toEqual({
      text: '',
      message: 'This field already holds its 10 characters, so the 4 pasted characters were not pasted.',
    });
  });

  it('tells both when a paste had forbidden characters and was too long', () => {
    const result = cleanPaste(`\u0001${'y'.repeat(12)}`, 10);
    expect(result.text).toBe('y'.repeat(10));
    expect(result.message).toBe(
      '1 invisible control character was removed: Word and Excel files cannot hold it. The pasted text was 12 characters; this field holds 10, so the rest was not pasted.',
    );
  });
});
