/*
 * A compact LCS diff for clause texts (no diff package is installed). Common prefix and suffix are
 * trimmed first; if the middle is still too large for the LCS table, it is shown as one replacement.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface DiffLine extends DiffPart {
  /** For a removed line paired with the added line that replaced it: the word-level changes. */
  words?: DiffPart[];
}

/** Above this many LCS cells the middle section is reported as removed + added. */
const MAX_CELLS = 2_000_000;

/** Diffs two token sequences; returns each token with its kind, in reading order. */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffPart[] = [];
  for (let i = 0; i < start; i++) out.push({ kind: 'same', text: a[i] as string });
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    for (const t of midA) out.push({ kind: 'removed', text: t });
    for (const t of midB) out.push({ kind: 'added', text: t });
  } else if (n > 0 || m > 0) {
    // lcs[i][j] = LCS length of midA[i..] and midB[j..], stored row-major.
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * width + j] =
          midA[i] === midB[j]
            ? (lcs[(i + 1) * width + j + 1] as number) + 1
            : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        out.push({ kind: 'same', text: midA[i] as string });
        i++;
        j++;
      } else if ((lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number)) {
        out.push({ kind: 'removed', text: midA[i++] as string });
      } else {
        out.push({ kind: 'added', text: midB[j++] as string });
      }
    }
    while (i < n) out.push({ kind: 'removed', text: midA[i++] as string });
    while (j < m) out.push({ kind: 'added', text: midB[j++] as string });
  }
  for (let i = endA; i < a.length; i++) out.push({ kind: 'same', text: a[i] as string });
  return out;
}

/** Words and the whitespace between them, so joining the parts gives the text back. */
export function splitWords(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Word-level diff; consecutive parts of the same kind are merged. */
export function diffWords(a: string, b: string): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of diffTokens(splitWords(a), splitWords(b))) {
    const last = merged[merged.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/**
 * Line-level diff. Where a block of removed lines is directly followed by an equally long block of
 * added lines, each removed line carries the word-level changes against the line that replaced it.
 */
export function diffLines(a: string, b: string): DiffLine[] {
  const lines: DiffLine[] = diffTokens(a.split('\n'), b.split('\n'));
  for (let i = 0; i < lines.length;) {
    if (lines[i]?.kind !== 'removed') {
      i++;
      continue;
    }
    let r = i;
    while (lines[r]?.kind === 'removed') r++;
    let s = r;
    while (lines[s]?.kind === 'added') s++;
    if (s - r === r - i) {
      for (let k = 0; k < r - i; k++) {
        const removed = lines[i + k] as DiffLine;
        removed.words = diffWords(removed.text, (lines[r + k] as DiffLine).text);
      }
    }
    i = Math.max(s, i + 1);
  }
  return lines;
}

/** True when the diff shows any change. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== 'same');
}
