/**
 * A workspace's worth of varied tenders written straight into its tenders/ folder (test and bench
 * set-up only: far faster than creating them one by one through the store). Each has its own title,
 * reference, buyer, status and dates, spread around `today` so every filter of the list finds some.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  newTenderContent,
  summarise,
  TENDER_SCHEMA_VERSION,
  TenderSchema,
  type Tender,
  type TenderSummary,
} from '../../../shared/model/tender';
import { TENDER_STATUSES } from '../../../shared/model/tenderStatus';
import { addDays } from '../../../shared/rules/tenderList';

const SUBJECTS = [
  'Laptops for schools',
  'Road salt',
  'Office cleaning',
  'Care home catering',
  'Street lighting',
  'Waste collection',
  'Library books',
  'Fleet vehicles',
  'Grounds maintenance',
  'Legal services',
  'Uniforms',
  'Mobile phones',
];
const BUYERS = [
  'Northfield City Council',
  'County Highways',
  'Northfield Schools Trust',
  'Harbour Port Authority',
  'Zürich Stadtwerke',
  'Riverside NHS Trust',
  'Eastvale District Council',
];
const PREFIXES = ['IT', 'HW', 'FM', 'ASC', 'ENV', 'LIB', 'FLT'];

export interface GeneratedTenders {
  tenders: Tender[];
  summaries: TenderSummary[];
}

/** The `i`-th generated tender: deterministic, so tests can say which ones a filter must find. */
export function generatedTender(i: number, today: string): Tender {
  const subject = SUBJECTS[i % SUBJECTS.length]!;
  const status = i % 10 === 9 ? 'archived' : TENDER_STATUSES[i % 4]!;
  const deadline = i % 11 === 0 ? undefined : addDays(today, ((i * 37) % 160) - 60);
  const award = deadline && i % 3 === 0 ? addDays(deadline, 20 + (i % 40)) : undefined;
  const updatedAt = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  return {
    ...newTenderContent({
      title: `${subject} ${i + 1}`,
      reference: `${PREFIXES[i % PREFIXES.length]}-2027-${String(i + 1).padStart(4, '0')}`,
      buyer: BUYERS[(i * 5) % BUYERS.length]!,
      lots: ['Lot 1'],
    }),
    status,
    ...(status === 'archived' ? { statusBeforeArchive: 'awarded' as const } : {}),
    ...(deadline ? { submissionDeadline: deadline } : {}),
    ...(award ? { awardDate: award } : {}),
    schemaVersion: TENDER_SCHEMA_VERSION,
    id: `gen${String(i).padStart(5, '0')}`,
    createdAt: updatedAt,
    updatedAt,
    revision: 1,
  };
}

/**
 * Writes `count` generated tenders into `workspace`/tenders and returns them with their summaries.
 * Each file is written beside the workspace and renamed into place, so a host already watching the
 * folder never reads one half-written (it would set it aside as damaged).
 */
export async function writeGeneratedTenders(workspace: string, count: number, today: string): Promise<GeneratedTenders> {
  const staging = `${workspace}.generating`;
  await mkdir(join(workspace, 'tenders'), { recursive: true });
  await mkdir(staging, { recursive: true });
  const tenders = Array.from({ length: count }, (_, i) => generatedTender(i, today));
  TenderSchema.parse(tenders[0]);
  // A hundred files at a time: enough to be quick, few enough to stay clear of the open-file limit.
  for (let start = 0; start < tenders.length; start += 100)
    await Promise.all(
      tenders.slice(start, start + 100).map(async (tender) => {
        const name = `${tender.id}.json`;
        await writeFile(join(staging, name), `${JSON.stringify(tender)}\n`);
        await rename(join(staging, name), join(workspace, 'tenders', name));
      }),
    );
  await rm(staging, { recursive: true, force: true });
  return { tenders, summaries: tenders.map(summarise) };
}
