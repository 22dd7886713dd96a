import { describe, expect, it } from 'vitest';
import { diffLines, diffTokens, diffWords, hasChanges, splitWords } from '@shared/clauses/diff';

describe('diff', () => {
  it('finds the longest common subsequence of lines', () => {
    expect(diffLines('a\nb\nc\nd', 'a\nc\nx\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'd' },
    ]);
  });

  it('pairs a replaced line with its word-level changes', () => {
    const lines = diffLines('Within 30 days of award.', 'Within 30 calendar days of award.');
    expect(lines[0]?.kind).toBe('removed');
    expect(lines[0]?.words).toEqual([
      { kind: 'same', text: 'Within 30 ' },
      { kind: 'added', text: 'calendar ' },
      { kind: 'same', text: 'days of award.' },
    ]);
    expect(lines[1]).toEqual({ kind: 'added', text: 'Within 30 calendar days of award.' });
  });

  it('word diff parts join back to both texts', () => {
    const a = 'the Supplier shall  disclose\tfactories';
    const b = 'the Supplier must disclose all factories';
    const parts = diffWords(a, b);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(a);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(b);
    expect(splitWords(a).join('')).toBe(a);
  });

  it('reports no change for equal texts and handles empty ones', () => {
    expect(hasChanges(diffLines('x\ny', 'x\ny'))).toBe(false);
    expect(diffTokens([], ['a'])).toEqual([{ kind: 'added', text: 'a' }]);
    expect(diffTokens(['a'], [])).toEqual([{ kind: 'removed', text: 'a' }]);
  });

  it('falls back to a block replacement for very large inputs instead of exhausting memory', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    const parts = diffTokens(a, b);
    expect(parts).toHaveLength(6000);
    expect(parts.slice(0, 3000).every((p) => p.kind === 'removed')).toBe(true);
  });
});
