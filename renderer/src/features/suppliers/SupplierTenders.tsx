import { useEffect, useState } from 'react';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SupplierParticipation } from '@shared/api/methods/suppliers';
import type { QaSupplier } from '@shared/model/questions';
import type { Tender } from '@shared/model/tender';
import { orderedQuestions, sortEntries } from '@shared/rules/qaAnswers';
import { call } from '../../api';
import { EmptyNotice } from '../../components/EmptyNotice';
import { LoadGate } from '../../components/LoadStates';
import { SectionPanel } from '../../components/SectionPanel';
import { messageOf } from '../../lib/errors';
import { longDate } from '../../lib/format';
import { useActions } from '../../store';
import { DisclosureSection } from './DisclosureSection';
import { EngagementDocuments } from './EngagementDocuments';
import { LEVEL_NAME } from './labels';

/** One Q&A supplier of the tender: the rounds it was asked in, its latest answers and open follow-ups. */
function QaSupplierEngagement({ tender, supplier, name }: { tender: Tender; supplier: QaSupplier; name: string }) {
  const { t } = useTranslation('suppliers');
  const qa = tender.qa;
  const rounds = (qa.rounds ?? []).filter((r) => r.supplierIds.includes(supplier.id));
  const threads = orderedQuestions(qa)
    .map((q) => ({ question: q.question, thread: qa.threads.find((t) => t.supplierId === supplier.id && t.questionId === q.questionId) }))
    .filter((row) => row.thread && (row.thread.entries.length > 0 || row.thread.followUps.length > 0));
  const openFollowUps = threads.flatMap(({ question, thread }) =>
    (thread?.followUps ?? []).filter((f) => f.status === 'open').map((f) => ({ question, followUp: f })),
  );
  const headingId = `qa-${tender.id}-${supplier.id}`;
  return (
    <Stack gap="sm" data-testid="supplier-qa">
      <Group gap="xs">
        <Title order={4} size="h6" id={headingId}>
          {supplier.role === 'contracted' ? t('tenders.engagementContracted') : t('tenders.engagementBidder')}
        </Title>
        {supplier.awardedOn ? <Badge variant="light">{t('tenders.awarded', { date: longDate(supplier.awardedOn) })}</Badge> : null}
      </Group>
      <Text size="sm">
        {rounds.length === 0
          ? t('tenders.notAsked')
          : t('tenders.askedIn', {
              rounds: rounds.map((r) => t('tenders.roundWhen', { name: r.name, date: longDate(r.opensOn) })).join(', '),
            })}
      </Text>
      {threads.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tenders.noAnswers')}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-labelledby={headingId}>
          {threads.map(({ question, thread }) => {
            const latest = sortEntries(thread!.entries).at(-1);
            return (
              <List.Item key={question.id}>
                <Text span size="sm" fw={600}>
                  {question.question}
                </Text>{' '}
                {latest ? (
                  <Text span size="sm">
                    {latest.awaitsConfirmation
                      ? t('tenders.latestUnconfirmed', {
                          level: LEVEL_NAME[latest.level](),
                          date: longDate(latest.date),
                          count: thread!.entries.length,
                        })
                      : t('tenders.latest', {
                          level: LEVEL_NAME[latest.level](),
                          date: longDate(latest.date),
                          count: thread!.entries.length,
                        })}
                  </Text>
                ) : null}
              </List.Item>
            );
          })}
        </List>
      )}
      {openFollowUps.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            {t('tenders.openFollowUps')}
          </Text>
          <List size="sm" spacing={4}>
            {openFollowUps.map(({ question, followUp }) => (
              <List.Item key={followUp.id}>
                {t('tenders.followUp', { text: followUp.text, date: longDate(followUp.due), question: question.question })}
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {supplier.role === 'contracted' ? <DisclosureSection tenderId={tender.id} supplierId={supplier.id} supplierName={name} /> : null}
      <EngagementDocuments tenderId={tender.id} supplierId={supplier.id} supplierName={name} />
    </Stack>
  );
}

/** One tender in which the supplier takes part: its bids and its Q&A engagement, read from the tender. */
function TenderPart({ row, name }: { row: SupplierParticipation; name: string }) {
  const { t } = useTranslation('suppliers');
  const { navigate } = useActions();
  const [tender, setTender] = useState<Tender | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    call('tenders.get', { id: row.tenderId }).then(
      (t) => live && setTender(t),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [row.tenderId, attempt]);
  const headingId = `tender-part-${row.tenderId}`;
  const roles = [
    ...row.bids.map((b) => t('tenders.bidderOn', { lot: b.lotTitle })),
    ...row.qaSuppliers.map((s) => (s.role === 'contracted' ? t('tenders.qaContracted') : t('tenders.qaBidder'))),
  ];
  return (
    <SectionPanel
      headingId={headingId}
      order={3}
      title={
        <Anchor
          component="button"
          type="button"
          onClick={() => navigate(row.qaSuppliers.length ? 'questions' : 'evaluation', row.tenderId)}
          inherit
        >
          {row.title || t('tenders.untitled')}
        </Anchor>
      }
      description={`${row.reference ? `${row.reference} · ` : ''}${roles.join(' · ')}`}
      testId="supplier-tender"
    >
      <LoadGate
        ready={tender !== null}
        failed={error !== null}
        loadingLabel={t('tenders.loading')}
        failedTitle={t('tenders.loadFailed')}
        error={error}
        onRetry={() => {
          setError(null);
          setAttempt((n) => n + 1);
        }}
      >
        {() => (
          <Stack gap="lg">
            {tender!.qa.suppliers
              .filter((s) => row.qaSuppliers.some((q) => q.id === s.id))
              .map((s) => (
                <QaSupplierEngagement key={s.id} tender={tender!} supplier={s} name={name} />
              ))}
            {row.qaSuppliers.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('tenders.bidderOnly')}
              </Text>
            ) : null}
          </Stack>
        )}
      </LoadGate>
    </SectionPanel>
  );
}

/** The tenders and contracts in which the supplier (or an entry merged into it) takes part. */
export function SupplierTenders({ supplierId, name, revision }: { supplierId: string; name: string; revision: number }) {
  const { t } = useTranslation('suppliers');
  const [rows, setRows] = useState<SupplierParticipation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    call('suppliers.participation', { supplierId }).then(
      (r) => live && setRows(r),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [supplierId, revision, attempt]);
  return (
    <LoadGate
      ready={rows !== null}
      failed={error !== null}
      loadingLabel={t('tenders.finding')}
      failedTitle={t('tenders.findFailed')}
      error={error}
      onRetry={() => {
        setError(null);
        setAttempt((n) => n + 1);
      }}
    >
      {() =>
        rows!.length === 0 ? (
          <EmptyNotice icon={IconFileSearch} title={t('tenders.emptyTitle')} description={t('tenders.emptyDescription')} />
        ) : (
          <Stack gap="md">
            {rows!.map((row) => (
              <TenderPart key={row.tenderId} row={row} name={name} />
            ))}
          </Stack>
        )
      }
    </LoadGate>
  );
}
