/**
 * One electronegativity scan, run by security-gate.test.ts in a child process:
 *
 *   node --import tsx electronegativity-scan.ts <input dir> <report.sarif> <electron version> <excluded checks,csv>
 *
 * Uses the tool's documented programmatic API (the function its CLI calls), so a single scan both
 * writes the SARIF report and yields each finding's severity, which electronegativity's SARIF leaves
 * out (it only says note/warning). The report is complete once this process has exited: the tool
 * writes it with an unawaited fs.writeFile. The findings are printed as one JSON line after SCAN_RESULT_PREFIX.
 */
import { createRequire } from 'node:module';
import { SCAN_RESULT_PREFIX } from './helpers';

export interface ScanFinding {
  rule: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
}

interface EgIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
  confidence: { name: string };
}

type EgRun = (
  options: Record<string, unknown>,
) => Promise<{ issues: EgIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

async function main(): Promise<void> {
  const [input, output, version, excluded = ''] = process.argv.slice(2);
  if (!input || !output || !version)
    throw new Error('usage: electronegativity-scan <input> <report.sarif> <electron version> [excluded checks]');
  const loaded = createRequire(__filename)('@doyensec/electronegativity') as EgRun | { default: EgRun };
  const run = typeof loaded === 'function' ? loaded : loaded.default;
  const result = await run({
    input,
    output,
    isSarif: true,
    isRelative: true,
    electronVersionOverride: version,
    excludeFromScan: excluded
      .split(',')
      .filter(Boolean)
      .map((name) => name.toLowerCase()),
  });
  const fatal = result.errors.filter((e) => !e.tolerable);
  if (fatal.length) throw new Error(`electronegativity could not parse: ${fatal.map((e) => `${e.file}: ${e.message}`).join('; ')}`);
  const findings: ScanFinding[] = result.issues.map((issue) => ({
    rule: issue.id,
    file: issue.file,
    // The SARIF writer turns line 0 into 1; do the same so the two can be compared.
    line: issue.location.line === 0 ? 1 : issue.location.line,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
  }));
  process.stdout.write(`\n${SCAN_RESULT_PREFIX}${JSON.stringify(findings)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`electronegativity-scan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
