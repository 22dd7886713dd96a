/**
 * The recovery journal: the renderer writes the open tender's unsaved content to the recovery file on
 * this computer as the user types (one write in flight at a time), so one recovery.save of the 1 MB
 * tender is the cost of each burst of typing. Measured with the schema check (dispatch) and over HTTP.
 */
import { Agent } from 'node:http';
import { join } from 'node:path';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers } from '../../../electron/services/handlers';
import { call } from '../lib/api';
import { startStubHost } from '../lib/stub-host';
import { bytesOnDisk, shapeForSize, tenderContent } from '../lib/reference-tender';
import { median, percentile, round, sample } from '../lib/stats';
import type { BenchModule } from '../lib/types';
import { post } from './api-round-trip';

export const recoveryJournal: BenchModule = {
  order: 35,
  id: 'recovery',
  title: 'Recovery journal (unsaved edits kept on this computer)',
  async run({ dir, quick }) {
    const { handlers, host } = await startStubHost(dir, { recoveryDir: join(dir, 'recovery') });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const base = await call<Tender>(handlers, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-1',
        buyer: 'Council',
        lots: ['Lot 1'],
      });
      const content = tenderContent(contentOf(base), shapeForSize(contentOf(base), 1_000_000));
      const typed = (i: number) => ({ ...content, description: `${content.description.slice(0, -1)}${i % 10}` });
      const runs = quick ? 20 : 100;
      await sample(5, (i) => call(handlers, 'recovery.save', { tenderId: base.id, baseRevision: base.revision, content: typed(i) }));
      const direct = await sample(runs, (i) =>
        call(handlers, 'recovery.save', { tenderId: base.id, baseRevision: base.revision, content: typed(i) }),
      );
      const overHttp = await sample(runs, (i) =>
        post(host, agent, 'recovery.save', JSON.stringify({ tenderId: base.id, baseRevision: base.revision, content: typed(i) })),
      );
      const discard: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        await call(handlers, 'recovery.save', { tenderId: base.id, baseRevision: base.revision, content: typed(i) });
        discard.push((await sample(1, () => call(handlers, 'recovery.discard', { tenderId: base.id })))[0]!);
      }
      const area = `Recovery journal (${round(bytesOnDisk(content) / 1_000_000, 2)} MB tender)`;
      return [
        {
          area,
          metric: `recovery.save, without HTTP (dispatch, ${runs} writes)`,
          value: round(median(direct), 2),
          unit: 'ms',
          detail: `p95 ${round(percentile(direct, 95), 1)} ms (schema check, JSON, fsync of file and folder)`,
        },
        {
          area,
          metric: `recovery.save, over HTTP (${runs} writes)`,
          value: round(median(overHttp), 2),
          unit: 'ms',
          detail: `p95 ${round(percentile(overHttp, 95), 1)} ms`,
        },
        {
          area,
          metric: 'recovery.discard after a write',
          value: round(median(discard), 2),
          unit: 'ms',
          detail: `p95 ${round(percentile(discard, 95), 1)} ms`,
        },
      ];
    } finally {
      agent.destroy();
      await host.close();
      await closeHandlers(handlers);
    }
  },
};
