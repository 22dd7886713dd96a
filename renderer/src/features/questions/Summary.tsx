import { Badge, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { TenderContent } from '@shared/model/tender';
import { setFollowUpStatus } from '@shared/rules/qaAnswers';
import { openFollowUps, type OpenFollowUp } from '@shared/rules/qaFollowUps';
import { maturitySummary, type GroupMaturity } from '@shared/rules/qaMaturity';
import { useActions } from '../../store';
import { MatrixTable, type MatrixColumn } from '../../components/MatrixTable';
import { SectionPanel } from '../../components/SectionPanel';
import { decimal, longDate, todayIso } from '../../lib/format';
import { TrendText } from './parts';
import { ROLE_LABEL, THEME_LABEL } from './labels';

function Cell({ m }: { m: GroupMaturity }) {
  const { t } = useTranslation('questions');
  if (m.latest === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('summary.noAnswers')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {decimal(m.latest)}{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          {t('summary.ofThree', { answered: m.answered, total: m.total })}
        </Text>
      </Text>
      <TrendText trend={m.trend} latest={m.latest} previous={m.previous} />
    </Stack>
  );
}

const followUpColumns = (): readonly MatrixColumn[] => [
  { key: 'due', label: t('questions:summary.due'), cellClassName: 'tw-nowrap' },
  { key: 'supplier', label: t('questions:summary.supplier') },
  { key: 'action', label: t('questions:summary.action') },
  { key: 'done', label: t('questions:summary.markDone'), hiddenLabel: true },
];

/** How far off a follow-up's due date is: overdue, due today, or in so many days. */
function DueBadge({ followUp: f }: { followUp: OpenFollowUp }) {
  const { t } = useTranslation('questions');
  if (f.overdue) {
    return (
      <Badge size="sm" color="red" variant="light" tt="none">
        {t('summary.overdueBy', { count: f.daysOverdue })}
      </Badge>
    );
  }
  if (f.dueToday) {
    return (
      <Badge size="sm" color="orange" variant="light" tt="none">
        {t('summary.dueToday')}
      </Badge>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      {t('summary.dueIn', { count: -f.daysOverdue })}
    </Text>
  );
}

/** Maturity per supplier and per theme, and the open follow-ups by due date with overdue ones flagged. */
export function Summary({ content }: { content: TenderContent }) {
  const { t } = useTranslation('questions');
  const { changeContent } = useActions();
  const summary = maturitySummary(content.qa);
  const today = todayIso();
  const followUps = openFollowUps(content.qa, today);
  const themes = summary.byTheme;
  const overdue = followUps.filter((f) => f.overdue);

  if (!content.qa.suppliers.length || !content.qa.questions.length) {
    return (
      <Text c="dimmed" mt="md">
        {t('summary.empty')}
      </Text>
    );
  }

  return (
    <Stack gap="lg">
      <SectionPanel headingId="by-supplier-heading" title={t('summary.bySupplier')} description={t('summary.bySupplierDescription')}>
        <MatrixTable
          bordered
          testId="summary-by-supplier"
          columns={[
            { key: 'supplier', label: t('questions:summary.supplier') },
            { key: 'overall', label: t('summary.overall') },
            ...themes.map((g) => ({ key: g.theme, label: THEME_LABEL[g.theme]() })),
          ]}
          rows={summary.bySupplier}
          rowKey={(s) => s.supplier.id}
          rowHeader={(s) => (
            <>
              <Text size="sm" fw={600}>
                {s.supplier.name}
              </Text>
              <Text size="xs" c="dimmed">
                {ROLE_LABEL[s.supplier.role]()}
              </Text>
            </>
          )}
          cells={(s) => [<Cell key="overall" m={s.overall} />, ...s.themes.map((g) => <Cell key={g.theme} m={g.maturity} />)]}
        />
      </SectionPanel>

      <SectionPanel headingId="by-theme-heading" title={t('summary.byTheme')}>
        <MatrixTable
          bordered
          testId="summary-by-theme"
          columns={[
            { key: 'theme', label: t('summary.theme') },
            { key: 'all', label: t('summary.allSuppliers') },
            ...content.qa.suppliers.map((s) => ({ key: s.id, label: s.name })),
          ]}
          rows={themes}
          rowKey={(g) => g.theme}
          rowHeader={(g) => THEME_LABEL[g.theme]()}
          cells={(g) => [<Cell key="all" m={g.overall} />, ...g.suppliers.map((s) => <Cell key={s.supplierId} m={s.maturity} />)]}
        />
      </SectionPanel>

      <SectionPanel
        headingId="follow-ups-heading"
        title={t('summary.openFollowUps')}
        actions={
          <Badge variant="light" color={overdue.length ? 'red' : 'gray'} tt="none">
            {overdue.length
              ? t('summary.openOverdue', { count: followUps.length, overdue: overdue.length })
              : t('summary.open', { count: followUps.length })}
          </Badge>
        }
      >
        {followUps.length ? (
          <MatrixTable
            testId="open-follow-ups"
            columns={followUpColumns()}
            rows={followUps}
            rowKey={(f) => f.followUp.id}
            rowProps={(f) => ({ 'data-overdue': f.overdue || undefined })}
            cells={(f) => [
              <>
                <Text size="sm" fw={600}>
                  {longDate(f.followUp.due)}
                </Text>
                <DueBadge followUp={f} />
              </>,
              f.supplier.name,
              <>
                <Text size="sm">{f.followUp.text}</Text>
                <Text size="xs" c="dimmed">
                  {t('summary.on', { question: f.question })}
                </Text>
              </>,
              <Button
                size="compact-sm"
                variant="default"
                aria-label={t('summary.markDoneLabel', { text: f.followUp.text.slice(0, 60), supplier: f.supplier.name })}
                onClick={() =>
                  changeContent(null, (c) => {
                    const r = setFollowUpStatus(c.qa, f.followUp.id, 'done', new Date().toISOString());
                    return r.ok ? { ...c, qa: r.value } : c;
                  })
                }
              >
                {t('summary.done')}
              </Button>,
            ]}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('summary.noFollowUps')}
          </Text>
        )}
      </SectionPanel>
    </Stack>
  );
}
