/**
 * Child process of the SIGKILL drill (kill-during-save.test.ts). Opens the workspace with the real
 * services and saves one tender again and again until it is killed:
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
import { dispatch } from '../../../shared/api/contract';
import { contentOf, type Tender } from '../../../shared/model/tender';
import { createHandlers } from '../../../electron/services/handlers';
import { drillContent } from './drill-content';

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
  const handlers = await createHandlers(workspace);
  const got = await dispatch(handlers, 'tenders.get', { id });
  if (!got.ok) throw new Error(`tenders.get failed: ${got.error.message}`);
  const base = contentOf(got.data as Tender);
  process.stdout.write(`ready ${(got.data as Tender).revision}\n`);
  for (let seq = 1; ; seq += 1) {
    const marker = `${tag}-${seq}`;
    process.stdout.write(`saving ${seq}\n`);
    const saved = await dispatch(handlers, 'tenders.save', { id, content: { ...base, ...drillContent(marker, Number(length)) } });
    if (!saved.ok) throw new Error(`tenders.save failed: ${saved.error.message}`);
    process.stdout.write(`ack ${(saved.data as Tender).revision} ${marker}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`save-loop-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
