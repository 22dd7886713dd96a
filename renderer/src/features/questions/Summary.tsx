import { Badge, Button, Stack, Text } from '@mantine/core';
import { SUPPLIER_ROLE_LABELS } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { setFollowUpStatus } from '@shared/rules/qaAnswers';
import { openFollowUps, type OpenFollowUp } from '@shared/rules/qaFollowUps';
import { maturitySummary, type GroupMaturity } from '@shared/rules/qaMaturity';
import { useActions } from '../../store';
import { MatrixTable, type MatrixColumn } from '../../components/MatrixTable';
import { SectionPanel } from '../../components/SectionPanel';
import { decimal, longDate, todayIso } from '../../lib/format';
import { TrendText } from './parts';

function Cell({ m }: { m: GroupMaturity }) {
  if (m.latest === null) {
    return (
      <Text size="sm" c="dimmed">
        No answers yet
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {decimal(m.latest)}{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          of 3 · {m.answered}/{m.total} answered
        </Text>
      </Text>
      <TrendText trend={m.trend} latest={m.latest} previous={m.previous} />
    </Stack>
  );
}

const FOLLOW_UP_COLUMNS: readonly MatrixColumn[] = [
  { key: 'due', label: 'Due', cellClassName: 'tw-nowrap' },
  { key: 'supplier', label: 'Supplier' },
  { key: 'action', label: 'Action' },
  { key: 'done', label: 'Mark done', hiddenLabel: true },
];

/** How far off a follow-up's due date is: overdue, due today, or in so many days. */
function DueBadge({ followUp: f }: { followUp: OpenFollowUp }) {
  if (f.overdue) {
    return (
      <Badge size="sm" color="red" variant="light" tt="none">
        Overdue by {f.daysOverdue} {f.daysOverdue === 1 ? 'day' : 'days'}
      </Badge>
    );
  }
  if (f.dueToday) {
    return (
      <Badge size="sm" color="orange" variant="light" tt="none">
        Due today
      </Badge>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      in {-f.daysOverdue} {f.daysOverdue === -1 ? 'day' : 'days'}
    </Text>
  );
}

/** Maturity per supplier and per theme, and the open follow-ups by due date with overdue ones flagged. */
export function Summary({ content }: { content: TenderContent }) {
  const { changeContent } = useActions();
  const summary = maturitySummary(content.qa);
  const today = todayIso();
  const followUps = openFollowUps(content.qa, today);
  const themes = summary.byTheme;
  const overdue = followUps.filter((f) => f.overdue);

  if (!content.qa.suppliers.length || !content.qa.questions.length) {
    return (
      <Text c="dimmed" mt="md">
        The summary fills in once the Q&A has questions and suppliers with answers.
      </Text>
    );
  }

  return (
    <Stack gap="lg">
      <SectionPanel
        headingId="by-supplier-heading"
        title="Maturity by supplier"
        description="Mean of the latest answers (levels 0–3), and the change since each question’s previous answer."
      >
        <MatrixTable
          bordered
          testId="summary-by-supplier"
          columns={[
            { key: 'supplier', label: 'Supplier' },
            { key: 'overall', label: 'Overall' },
            ...themes.map((t) => ({ key: t.theme, label: t.label })),
          ]}
          rows={summary.bySupplier}
          rowKey={(s) => s.supplier.id}
          rowHeader={(s) => (
            <>
              <Text size="sm" fw={600}>
                {s.supplier.name}
              </Text>
              <Text size="xs" c="dimmed">
                {SUPPLIER_ROLE_LABELS[s.supplier.role]}
              </Text>
            </>
          )}
          cells={(s) => [<Cell key="overall" m={s.overall} />, ...s.themes.map((t) => <Cell key={t.theme} m={t.maturity} />)]}
        />
      </SectionPanel>

      <SectionPanel headingId="by-theme-heading" title="Maturity by theme">
        <MatrixTable
          bordered
          testId="summary-by-theme"
          columns={[
            { key: 'theme', label: 'Theme' },
            { key: 'all', label: 'All suppliers' },
            ...content.qa.suppliers.map((s) => ({ key: s.id, label: s.name })),
          ]}
          rows={themes}
          rowKey={(t) => t.theme}
          rowHeader={(t) => t.label}
          cells={(t) => [<Cell key="all" m={t.overall} />, ...t.suppliers.map((s) => <Cell key={s.supplierId} m={s.maturity} />)]}
        />
      </SectionPanel>

      <SectionPanel
        headingId="follow-ups-heading"
        title="Open follow-ups by due date"
        actions={
          <Badge variant="light" color={overdue.length ? 'red' : 'gray'} tt="none">
            {followUps.length} open{overdue.length ? `, ${overdue.length} overdue` : ''}
          </Badge>
        }
      >
        {followUps.length ? (
          <MatrixTable
            testId="open-follow-ups"
            columns={FOLLOW_UP_COLUMNS}
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
                  On: {f.question}
                </Text>
              </>,
              <Button
                size="compact-sm"
                variant="default"
                aria-label={`Mark done: ${f.followUp.text.slice(0, 60)} (${f.supplier.name})`}
                onClick={() =>
                  changeContent(null, (c) => {
                    const r = setFollowUpStatus(c.qa, f.followUp.id, 'done', new Date().toISOString());
                    return r.ok ? { ...c, qa: r.value } : c;
                  })
                }
              >
                Done
              </Button>,
            ]}
          />
        ) : (
          <Text size="sm" c="dimmed">
            No open follow-ups.
          </Text>
        )}
      </SectionPanel>
    </Stack>
  );
}
