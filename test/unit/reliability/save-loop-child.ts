/**
 * Child process of the SIGKILL drill (kill-during-save.test.ts). Opens the workspace with the real
 * store and saves one tender again and again, as the API does, until it is killed:
 *
 *   node --import tsx save-loop-child.ts <workspace> <tenderId> <tag> <descriptionLength>
 *
 * Without arguments it loads everything, prints `loaded` and reads those four words from its first
 * stdin line, so the drill can start the next child while the current one is still saving.
 *
 * stdout protocol, one line each, written synchronously (stdout is a pipe) so a line the parent
 * reads was printed before the next step started:
 *   ready <revision>          the tender as it was found
 *   saving <seq>              a save of content <tag>-<seq> is about to start
 *   ack <revision> <tag>-<seq>  that save resolved: it must survive a kill from now on
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { dispatch, parseInput } from '../../../shared/api/contract';
import type * as HandlersModule from '../../../electron/services/handlers';
import { contentOf, type Tender, type TenderContent } from '../../../shared/model/tender';
import { WorkspaceStore } from '../../../electron/services/workspace/store';
import { drillContent } from './drill-content';

/** The two calls the drill makes, as the contract's handlers run them. */
interface Saver {
  get(id: string): Promise<Tender>;
  save(id: string, content: TenderContent): Promise<Tender>;
}

/**
 * By default the child opens the workspace with WorkspaceStore and saves exactly as the
 * 'tenders.save' handler does (the contract's input parsing, then store.saveTender), without loading
 * the rest of createHandlers (exporters with docx and exceljs cost ~0.3 s of CPU per start, times 100
 * kills). KILL_DRILL_VIA=handlers goes through createHandlers and dispatch instead.
 */
async function openSaver(workspace: string): Promise<Saver> {
  if (process.env.KILL_DRILL_VIA === 'handlers') {
    // Required by path at run time, so the default bundle does not carry the exporters (this mode runs under tsx).
    const { createHandlers } = createRequire(__filename)(
      join(__dirname, '..', '..', '..', 'electron', 'services', 'handlers'),
    ) as typeof HandlersModule;
    const handlers = await createHandlers(workspace);
    const call = async (method: string, input: unknown) => {
      const result = await dispatch(handlers, method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.data as Tender;
    };
    return { get: (id) => call('tenders.get', { id }), save: (id, content) => call('tenders.save', { id, content }) };
  }
  const store = await WorkspaceStore.open(workspace);
  return {
    get: (id) => store.getTender(parseInput('tenders.get', { id }).id),
    save: (id, content) => {
      const input = parseInput('tenders.save', { id, content });
      return store.saveTender(input.id, input.content);
    },
  };
}

/** The four arguments, from the command line or else from the first line on stdin. */
async function argumentsGiven(): Promise<string[]> {
  const argv = process.argv.slice(2);
  if (argv.length > 0) return argv;
  process.stdout.write('loaded\n');
  let text = '';
  for await (const chunk of process.stdin) {
    text += (chunk as Buffer).toString('utf8');
    const end = text.indexOf('\n');
    if (end !== -1) return text.slice(0, end).trim().split(/\s+/);
  }
  throw new Error('stdin closed before the arguments arrived');
}

async function main(): Promise<void> {
  const [workspace, id, tag, length] = await argumentsGiven();
  if (!workspace || !id || !tag || !length) throw new Error('usage: save-loop-child <workspace> <tenderId> <tag> <descriptionLength>');
  const saver = await openSaver(workspace);
  const tender = await saver.get(id);
  const base = contentOf(tender);
  process.stdout.write(`ready ${tender.revision}\n`);
  for (let seq = 1; ; seq += 1) {
    const marker = `${tag}-${seq}`;
    process.stdout.write(`saving ${seq}\n`);
    const saved = await saver.save(id, { ...base, ...drillContent(marker, Number(length)) });
    process.stdout.write(`ack ${saved.revision} ${marker}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`save-loop-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
