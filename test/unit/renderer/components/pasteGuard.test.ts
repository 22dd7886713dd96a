import { describe, expect, it } from 'vitest';
import { guardPaste } from '../../../../renderer/src/components/pasteGuard';

describe('guardPaste', () => {
  it('lets an ordinary paste that fits go in as it is', () => {
    expect(guardPaste({ value: 'Acme', selectionStart: 4, selectionEnd: 4, maxLength: 300 }, ' Ltd')).toBeNull();
    expect(guardPaste({ value: '', selectionStart: 0, selectionEnd: 0 }, 'x'.repeat(100_000))).toBeNull();
  });

  it('cuts a paste into an empty field to its limit and says how long the paste was', () => {
    const guarded = guardPaste({ value: '', selectionStart: 0, selectionEnd: 0, maxLength: 20_000 }, 'x'.repeat(196_000));
    expect(guarded?.insert).toHaveLength(20_000);
    expect(guarded?.message).toBe('The pasted text was 196,000 characters; this field holds 20,000, so the rest was not pasted.');
  });

  it('counts the selected text the paste replaces as room', () => {
    const guarded = guardPaste({ value: 'abcdefghij', selectionStart: 2, selectionEnd: 8, maxLength: 10 }, '123456789');
    expect(guarded).toEqual({
      insert: '123456',
      message: 'The pasted text was 9 characters and only 6 more fit in this field (it holds 10), so the rest was not pasted.',
    });
  });

  it('removes invisible characters from a paste and says how many', () => {
    expect(guardPaste({ value: '', selectionStart: 0, selectionEnd: 0, maxLength: 300 }, 'Acme\u0000 Ltd\ufffe')).toEqual({
      insert: 'Acme Ltd',
      message: '1 invisible control character and 1 broken or non-printing character were removed: Word and Excel files cannot hold them.',
    });
  });
});
