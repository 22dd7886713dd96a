/** What every benchmark module provides; run.ts runs them in order and prints one table. */
export interface BenchContext {
  /** A private scratch folder for this module (on the same disk as the OS temp folder unless --dir says otherwise). */
  dir: string;
  /** Fewer repetitions, for a quick look (`npm run bench -- --quick`). Figures for docs use the full run. */
  quick: boolean;
  /** Progress for the console; not part of the results. */
  log: (message: string) => void;
}

export interface Target {
  /** The figure must be below this value (same unit as the row). */
  below: number;
  /** Where the target comes from: the requirement that set it. */
  source: string;
}

export interface Row {
  /** Groups rows in the table, e.g. "Save (1 MB tender)". */
  area: string;
  metric: string;
  value: number;
  unit: 'ms' | 'MB' | 'KB' | 'bytes' | 'files' | 'count' | 'x';
  /** Extra figure shown beside the value, e.g. "p95 12.3 ms". */
  detail?: string;
  target?: Target;
  note?: string;
}

export interface BenchModule {
  id: string;
  title: string;
  /** Position in a full run (lower first; default 100). */
  order?: number;
  run(context: BenchContext): Promise<Row[]>;
}
