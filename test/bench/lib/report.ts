import type { Machine } from './machine';
import type { Row } from './types';

function formatValue(row: Row): string {
  const digits = row.unit === 'ms' ? (row.value < 10 ? 2 : 1) : row.unit === 'MB' || row.unit === 'x' ? 2 : 0;
  return `${row.value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${row.unit}`;
}

function status(row: Row): string {
  if (!row.target) return '';
  return row.value < row.target.below ? 'met' : 'MISSED';
}

function cells(row: Row): string[] {
  return [
    row.area,
    row.metric,
    formatValue(row),
    row.detail ?? '',
    row.target ? `< ${row.target.below} ${row.unit} (${row.target.source})` : '',
    status(row),
  ];
}

const HEADER = ['Area', 'Metric', 'Value', 'Detail', 'Target', 'Status'];

export function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB RAM, Node ${machine.node}, ${machine.os}, scratch on ${machine.fileSystem}, load average ${machine.load} at start, commit ${machine.commit}`;
}

/** A plain-text table for the console. */
export function textTable(rows: Row[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for docs/benchmarks.md. */
export function markdownTable(rows: Row[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`),
  ].join('\n');
}

export function notes(rows: Row[]): string[] {
  return rows.filter((row) => row.note).map((row) => `${row.area} / ${row.metric}: ${row.note}`);
}
