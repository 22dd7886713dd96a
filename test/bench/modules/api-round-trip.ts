/**
 * The browser host's API round trip: tenders.get over real HTTP on 127.0.0.1 (keep-alive, with the
 * token), for a small and for the 1 MB tender, next to the same call without HTTP (dispatch), so the
 * transport's share is visible. Also a 1 MB save over HTTP, which is what the renderer's autosave does
 * in browser mode.
 */
import { Agent, request } from 'node:http';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers } from '../../../electron/services/handlers';
import { TOKEN_HEADER, type BrowserHost } from '../../../electron/web/server';
import { call } from '../lib/api';
import { startStubHost } from '../lib/stub-host';
import { shapeForSize, tenderContent } from '../lib/reference-tender';
import { median, percentile, round, sample } from '../lib/stats';
import type { BenchModule } from '../lib/types';

export function post(host: BrowserHost, agent: Agent, method: string, body: string): Promise<number> {
  return new Promise((done, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${method}`,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), [TOKEN_HEADER]: host.token },
      },
      (res) => {
        let size = 0;
        res.on('data', (chunk: Buffer) => (size += chunk.length));
        res.on('end', () => (res.statusCode === 200 ? done(size) : reject(new Error(`${method} answered ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const apiRoundTrip: BenchModule = {
  order: 30,
  id: 'api',
  title: 'Browser host API round trip',
  async run({ dir, quick }) {
    const { handlers, host } = await startStubHost(dir);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const small = await call<Tender>(handlers, 'tenders.create', {
        title: 'Small tender',
        reference: 'S-1',
        buyer: 'Council',
        lots: ['Lot 1', 'Lot 2'],
      });
      const bigBase = await call<Tender>(handlers, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-1',
        buyer: 'Council',
        lots: ['Lot 1'],
      });
      const bigContent = tenderContent(contentOf(bigBase), shapeForSize(contentOf(bigBase), 1_000_000));
      const big = await call<Tender>(handlers, 'tenders.save', { id: bigBase.id, content: bigContent });

      const n = quick ? 100 : 1000;
      const getSmall = JSON.stringify({ id: small.id });
      const getBig = JSON.stringify({ id: big.id });
      await sample(50, () => post(host, agent, 'tenders.get', getSmall)); // warm-up: JIT and the connection
      const httpSmall = await sample(n, () => post(host, agent, 'tenders.get', getSmall));
      const directSmall = await sample(n, () => call(handlers, 'tenders.get', { id: small.id }));
      const bigRuns = quick ? 20 : 100;
      const httpBig = await sample(bigRuns, () => post(host, agent, 'tenders.get', getBig));
      const directBig = await sample(bigRuns, () => call(handlers, 'tenders.get', { id: big.id }));
      let revision = big.revision;
      const saveBody = () =>
        JSON.stringify({ id: big.id, content: { ...bigContent, description: `${bigContent.description.slice(0, -1)}${revision % 10}` } });
      const httpSave = await sample(quick ? 20 : 100, async () => {
        revision += 1;
        await post(host, agent, 'tenders.save', saveBody());
      });

      const area = 'Browser host API';
      return [
        {
          area,
          metric: `tenders.get, small tender, over HTTP (${n} calls)`,
          value: round(median(httpSmall), 3),
          unit: 'ms',
          detail: `p95 ${round(percentile(httpSmall, 95), 2)} ms`,
        },
        {
          area,
          metric: 'tenders.get, small tender, without HTTP (dispatch)',
          value: round(median(directSmall), 3),
          unit: 'ms',
          detail: `p95 ${round(percentile(directSmall, 95), 2)} ms`,
        },
        {
          area,
          metric: `tenders.get, 1 MB tender, over HTTP (${bigRuns} calls)`,
          value: round(median(httpBig), 2),
          unit: 'ms',
          detail: `p95 ${round(percentile(httpBig, 95), 1)} ms`,
        },
        {
          area,
          metric: 'tenders.get, 1 MB tender, without HTTP (dispatch)',
          value: round(median(directBig), 2),
          unit: 'ms',
          detail: `p95 ${round(percentile(directBig, 95), 1)} ms`,
        },
        {
          area,
          metric: `tenders.save, 1 MB tender, over HTTP (${httpSave.length} saves)`,
          value: round(median(httpSave), 2),
          unit: 'ms',
          detail: `p95 ${round(percentile(httpSave, 95), 1)} ms (JSON out and back included)`,
        },
      ];
    } finally {
      agent.destroy();
      await host.close();
      await closeHandlers(handlers);
    }
  },
};
