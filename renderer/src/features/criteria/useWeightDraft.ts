import { useState } from 'react';
import { parseWeightInput, type WeightParseResult } from '@shared/rules/weights';
import { inputText } from './percent';

export type WeightProblem = Extract<WeightParseResult, { ok: false }>;

interface Draft {
  text: string;
  /** The stored value the draft was typed against (or produced). */
  value: number;
  problem?: WeightProblem;
}

export interface WeightDraft {
  /** What the field shows: the text being typed, or the stored value with two decimals in the user's decimal mark. */
  text: string;
  /** Why the typed text was not taken, while it is on screen. */
  problem: WeightProblem | undefined;
  onChange: (text: string) => void;
  /** Shows the stored value again if what was typed was valid; a rejected text stays, with its message. */
  onBlur: () => void;
  /** Drops what was typed (Escape). */
  reset: () => void;
}

/**
 * A weight typed as text (DESIGN.md "Numbers"): valid text is parsed to hundredths and committed as the
 * user types; invalid text ("abc", "-5", "12.345") stays in the field with its specific message and
 * commits nothing, so the stored value is never broken. A change of the stored value from elsewhere
 * (undo, a preset, balancing) replaces the draft.
 */
export function useWeightDraft(
  value: number,
  commit: (hundredths: number) => void,
  parse: (text: string) => WeightParseResult = parseWeightInput,
): WeightDraft {
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft && draft.value === value ? draft : null;
  return {
    text: current ? current.text : inputText(value),
    problem: current?.problem,
    onChange: (text) => {
      const result = parse(text);
      if (result.ok) {
        setDraft({ text, value: result.hundredths });
        if (result.hundredths !== value) commit(result.hundredths);
      } else {
        setDraft({ text, value, problem: result });
      }
    },
    onBlur: () => {
      if (!current?.problem) setDraft(null);
    },
    reset: () => setDraft(null),
  };
}
