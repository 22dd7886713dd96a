export declare function downloadForbidden(env: Record<string, string | undefined>): boolean;
export declare function downloadFailureReason(error: unknown): string;
export declare function browserModeSentence(problem: string): string;
export type RuntimeChoice = { mode: 'desktop'; binary: string } | { mode: 'browser'; problem: string; sentence: string };
export declare function chooseRuntime(options: {
  findBinary: () => string | null;
  downloadRuntime: () => Promise<void>;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
}): Promise<RuntimeChoice>;
export declare function progressLine(progress: { transferred: number; total: number | null }): string;
export declare function progressReporter(
  write: (text: string) => void,
  isTerminal: boolean,
): (progress: { transferred: number; total: number | null; percent: number }) => void;
