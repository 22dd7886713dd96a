/**
 * The child side of the drills' line protocol (team-child.ts is the parent side; kept apart so a
 * child's bundle does not carry esbuild).
 */
import { createInterface } from 'node:readline';

const input = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

/** The next line from the parent; throws when stdin closed first. */
export async function nextLine(): Promise<string> {
  const next = await input.next();
  if (next.done) throw new Error('stdin closed before the parent said what to do');
  return next.value;
}

/**
 * One line to the parent, written synchronously (stdout is a pipe), so a line the parent reads was
 * printed before the child's next step started, and none is lost when the child is killed after it.
 */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
