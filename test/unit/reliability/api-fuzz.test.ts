/**
 * Reliability drill: 10,000 generated payloads, spread over every method of the
 * contract, sent over real HTTP (with the token) to a browser host started in this process on a real
 * temp workspace. Asserts that the host never goes down, that every refusal is an error envelope with
 * a message, and that a refused call writes nothing (the workspace tree is compared before and after).
 *
 * Replay a failure with FUZZ_SEED=<seed printed in the message>.
 */
import { Agent, request } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, dispatch, METHODS, type Handlers, type Method } from '@shared/api/contract';
import type { BackupList } from '@shared/api/contract';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { startBrowserHost, TOKEN_HEADER, type BrowserHost } from '../../../electron/web/server';
import { createRng, makeTempDir, preview, removeDir, seedFrom, snapshotDiff, snapshotTree, type Rng } from './helpers';
import { fromSchema, mutate, randomJson, rawBody, rememberAccepted, toJsonText, type JsonSchema, type KnownValues } from './fuzz-payloads';

const SEED = seedFrom('FUZZ_SEED');
const PAYLOADS = 10_000;
/** A fresh workspace per batch keeps the tree (and so each snapshot) small as accepted calls add files. */
const BATCHES = 10;

interface Reply {
  status: number;
  body: string;
}

interface Call {
  method: string;
  path: string;
  body: string;
  headers: Record<string, string>;
  kind: string;
  chunked?: boolean;
}

const schemas = new Map<Method, JsonSchema>(
  METHODS.map((method) => [method, z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema]),
);

let scratch: string;
let rendererDir: string;

function send(host: BrowserHost, agent: Agent, call: Call): Promise<Reply> {
  return new Promise((done, reject) => {
    const body = Buffer.from(call.body, 'utf8');
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: call.path,
        method: 'POST',
        agent,
        headers: { host: `127.0.0.1:${host.port}`, ...(call.chunked ? {} : { 'content-length': String(body.length) }), ...call.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (call.chunked) {
      // Streamed without a declared length, so the size limit has to be enforced while reading.
      for (let offset = 0; offset < body.length; offset += 1 << 20) req.write(body.subarray(offset, offset + (1 << 20)));
      req.end();
    } else {
      req.end(body);
    }
  });
}

/** A workspace with tenders, backups, a deleted tender and saved settings, so calls reach real data. */
async function seedWorkspace(root: string): Promise<KnownValues> {
  const handlers = await createHandlers(root);
  const accepted = new Map<string, unknown[]>();
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    accepted.set(method, [...(accepted.get(method) ?? []), structuredClone(input)]);
    return result.data as T;
  };
  const first = await call<Tender>('tenders.create', {
    title: 'Fuzz target',
    reference: 'FZ-1',
    buyer: 'Fuzz Council',
    lots: ['North', 'South'],
  });
  await call<Tender>('tenders.save', { id: first.id, content: { ...contentOf(first), description: 'Second' } });
  const second = await call<Tender>('tenders.create', { title: 'Second target', reference: 'FZ-2', buyer: 'Fuzz Council', lots: ['Only'] });
  const gone = await call<Tender>('tenders.create', { title: 'Deleted', reference: 'FZ-3', buyer: 'Fuzz Council', lots: ['Only'] });
  await call('tenders.delete', { id: gone.id });
  await call('tenders.save', { id: second.id, content: { ...contentOf(second), title: 'Second target, renamed' } });
  const settings = await call<Record<string, unknown>>('settings.get', {});
  await call('settings.save', { settings: { ...settings, organisation: 'Fuzz Council' } });
  const backups = (await call<BackupList>('backups.list', { tenderId: first.id })).entries;
  await closeHandlers(handlers);
  return {
    tenderIds: [first.id, second.id, gone.id],
    backupIds: backups.map((b) => b.id),
    lotIds: [...first.lots, ...second.lots].map((lot) => lot.id),
    quarantined: [],
    accepted,
  };
}

/** One generated request. Mostly schema-derived payloads, mutated; some raw bodies and odd requests. */
function generate(rng: Rng, index: number, token: string, known: KnownValues): Call {
  const method = METHODS[index % METHODS.length]!;
  const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: token };
  const base = { method, path: `/api/${method}`, headers };
  const valid = () => fromSchema(schemas.get(method)!, rng, known);
  const examples = known.accepted.get(method) ?? [];
  const roll = rng.next();
  if (roll < 0.1) return { ...base, kind: 'schema-valid', body: toJsonText(valid(), rng) };
  if (roll < 0.4 && examples.length) return { ...base, kind: 'mutated-accepted', body: toJsonText(mutate(rng.pick(examples), rng), rng) };
  if (roll < 0.65) return { ...base, kind: 'mutated', body: toJsonText(mutate(valid(), rng), rng) };
  if (roll < 0.78) return { ...base, kind: 'random-json', body: toJsonText(randomJson(rng, 4), rng) };
  if (roll < 0.9) return { ...base, kind: 'raw-body', body: rawBody(rng, JSON.stringify(valid())) };
  const body = toJsonText(valid(), rng);
  return rng.pick<() => Call>([
    () => ({ ...base, kind: 'no-token', headers: { 'content-type': 'application/json' }, body }),
    () => ({ ...base, kind: 'wrong-token', headers: { ...headers, [TOKEN_HEADER]: `${token.slice(0, -1)}x` }, body }),
    () => ({
      ...base,
      kind: 'token-in-query',
      path: `/api/${method}?token=${token}`,
      headers: { 'content-type': 'application/json' },
      body,
    }),
    () => ({ ...base, kind: 'cross-origin', headers: { ...headers, origin: 'http://evil.example' }, body }),
    () => ({
      ...base,
      kind: 'form-post',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: `a=1&b=${encodeURIComponent(body)}`,
    }),
    () => ({
      ...base,
      kind: 'unknown-method',
      path: `/api/${rng.pick(['tenders.explode', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'tenders.get.x', '..%2F..%2Fsettings.json', 'tenders%2Eget', '%00', '%E0%A4%A', '%', encodeURIComponent(`${method}\u0000`)])}`,
      body,
    }),
    () => ({ ...base, kind: 'method-case', path: `/api/${method.toUpperCase()}`, body }),
    () => ({ ...base, kind: 'chunked', chunked: true, body }),
  ])();
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface Envelope {
  ok?: unknown;
  data?: unknown;
  error?: { code?: unknown; message?: unknown };
}

/** The reply must be an envelope; a refusal must carry a code and a non-empty message. Returns a problem or undefined. */
function checkReply(reply: Reply): string | undefined {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(reply.body) as Envelope;
  } catch {
    return `status ${reply.status} with a body that is not JSON: ${preview(reply.body, 200)}`;
  }
  if (reply.status >= 200 && reply.status < 300) return envelope.ok === true ? undefined : `status ${reply.status} without ok:true`;
  if (envelope.ok !== false) return `status ${reply.status} without ok:false`;
  const { code, message } = envelope.error ?? {};
  if (typeof code !== 'string' || code === '') return `status ${reply.status} without an error code`;
  if (typeof message !== 'string' || message.trim() === '') return `status ${reply.status} (${code}) without a message`;
  return undefined;
}

beforeAll(async () => {
  // Durability is the kill drill's business; here fsync only costs time, so use RAM-backed /dev/shm where there is one.
  scratch = existsSync('/dev/shm') ? await mkdtemp(join('/dev/shm', 'tw-fuzz-')) : await makeTempDir('tw-fuzz-');
  rendererDir = join(scratch, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tenderwright</title><h1>Tenderwright</h1>');
});

afterAll(async () => {
  await removeDir(scratch);
});

describe('API fuzzing through the browser host', () => {
  // Bounded by the payload count (about 15 s on two cores); the timeout only guards against a hang on a busy machine.
  it(
    `survives ${PAYLOADS} generated payloads over every contract method, writing nothing for refused calls`,
    { timeout: 180_000 },
    async () => {
      const rng = createRng(SEED);
      const perMethod = new Map<string, { sent: number; accepted: number }>();
      const statuses = new Map<number, number>();
      const internal: string[] = [];
      const problems: string[] = [];
      let sent = 0;

      for (let batch = 0; batch < BATCHES && problems.length === 0; batch += 1) {
        const workspace = join(scratch, `workspace-${batch}`);
        const known = await seedWorkspace(workspace);
        const handlers: Handlers = await createHandlers(workspace);
        const host = await startBrowserHost({ handlers, rendererDir });
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        try {
          let before = snapshotTree(workspace);
          for (let i = 0; i < PAYLOADS / BATCHES && problems.length === 0; i += 1, sent += 1) {
            const call = generate(rng, sent, host.token, known);
            const where = () =>
              `payload #${sent} (seed ${SEED}, replay: FUZZ_SEED=${SEED}) ${call.kind} ${call.path}\n  body: ${preview(JSON.stringify(call.body), 400)}`;
            let reply: Reply;
            try {
              reply = await send(host, agent, call);
            } catch (error) {
              problems.push(`${where()}\n  the host did not answer: ${(error as Error).message}`);
              break;
            }
            const after = snapshotTree(workspace);
            const problem = checkReply(reply);
            if (problem) problems.push(`${where()}\n  ${problem}\n  reply: ${preview(reply.body, 400)}`);
            const refused = reply.status >= 400;
            if (refused && after !== before)
              problems.push(`${where()}\n  refused with ${reply.status} but the workspace changed:\n${snapshotDiff(before, after)}`);
            if (reply.status >= 500) internal.push(`${reply.status} ${call.kind} ${call.path}: ${preview(reply.body, 200)}`);
            before = after;
            statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
            const stats = perMethod.get(call.method) ?? { sent: 0, accepted: 0 };
            stats.sent += 1;
            if (!refused) stats.accepted += 1;
            perMethod.set(call.method, stats);
            if (!refused) {
              if (call.method === 'tenders.create') known.tenderIds.push((JSON.parse(reply.body) as { data: Tender }).data.id);
              const input = parseOrUndefined(call.body);
              if (input !== undefined) rememberAccepted(known, call.method, input);
            }
          }
          // The host is still up: a normal call and the page both answer.
          const list = await send(host, agent, {
            method: 'tenders.list',
            path: '/api/tenders.list',
            body: '{}',
            headers: { [TOKEN_HEADER]: host.token },
            kind: 'health',
          });
          if (list.status !== 200)
            problems.push(`after batch ${batch} (seed ${SEED}) tenders.list answered ${list.status}: ${preview(list.body)}`);
        } finally {
          agent.destroy();
          await host.close();
          await closeHandlers(handlers);
        }
      }

      // An over-limit body, streamed without a length, is refused without taking the host down.
      console.info(
        `API fuzz (seed ${SEED}): ${sent} payloads; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; ` +
          `accepted per method ${JSON.stringify(Object.fromEntries([...perMethod].map(([m, s]) => [m, `${s.accepted}/${s.sent}`])))}` +
          (internal.length ? `\n  5xx answers (each with a message): ${[...new Set(internal)].slice(0, 5).join('\n    ')}` : ''),
      );
      expect(problems.slice(0, 5).join('\n\n'), `${problems.length} problem(s) with seed ${SEED}`).toBe('');
      expect(sent).toBe(PAYLOADS);
      for (const method of METHODS)
        expect(perMethod.get(method)?.sent ?? 0, method).toBeGreaterThanOrEqual(Math.floor(PAYLOADS / METHODS.length));
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin, 'Object.prototype was polluted').toBeUndefined();
    },
  );

  it('refuses a body over the size limit, declared or streamed, and keeps answering', async () => {
    const workspace = join(scratch, 'workspace-big');
    await seedWorkspace(workspace);
    const handlers = await createHandlers(workspace);
    const host = await startBrowserHost({ handlers, rendererDir });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const before = snapshotTree(workspace);
      const huge = JSON.stringify({ title: 'x'.repeat(21 * 1024 * 1024), reference: '', buyer: '', lots: ['A'] });
      for (const chunked of [false, true]) {
        const reply = await send(host, agent, {
          method: 'tenders.create',
          path: '/api/tenders.create',
          body: huge,
          headers: { [TOKEN_HEADER]: host.token },
          kind: 'too-big',
          chunked,
        }).catch((error: Error) => ({ status: -1, body: error.message }));
        // The host may close the socket while the body is still being sent; either way nothing is done.
        if (reply.status !== -1) {
          expect(reply.status).toBe(413);
          expect(checkReply(reply)).toBeUndefined();
        }
      }
      expect(snapshotDiff(before, snapshotTree(workspace))).toBe('');
      const fresh = new Agent({ keepAlive: true, maxSockets: 1 });
      const list = await send(host, fresh, {
        method: 'tenders.list',
        path: '/api/tenders.list',
        body: '{}',
        headers: { [TOKEN_HEADER]: host.token },
        kind: 'health',
      });
      fresh.destroy();
      expect(list.status).toBe(200);
    } finally {
      agent.destroy();
      // The refused upload's connection is still open mid-body; without this, close() waits for the socket timeout.
      host.server.closeAllConnections();
      await host.close();
      await closeHandlers(handlers);
    }
  });
});
