import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../../../electron/services/workspace/keyed-queue';

/** A promise the test settles by hand, so ordering is shown without timers. */
function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('KeyedQueue', () => {
  it('runs tasks for one key one at a time, in call order', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const gate = deferred();
    const first = queue.run('a', async () => {
      log.push('first start');
      await gate.promise;
      log.push('first end');
    });
    const second = queue.run('a', async () => {
      log.push('second');
    });
    const other = queue.run('b', async () => {
      log.push('other key');
    });
    await other;
    expect(log).toEqual(['first start', 'other key']);
    gate.release();
    await Promise.all([first, second]);
    expect(log).toEqual(['first start', 'other key', 'first end', 'second']);
  });

  it('keeps going after a failed task and hands each caller its own result', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', async () => {
      throw new Error('disk full');
    });
    const next = queue.run('a', async () => 42);
    await expect(failed).rejects.toThrow('disk full');
    expect(await next).toBe(42);
    await queue.idle();
  });
});
