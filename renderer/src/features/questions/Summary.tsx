import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { SUPPLIER_ROLE_LABELS } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { setFollowUpStatus } from '@shared/rules/qaAnswers';
import { openFollowUps } from '@shared/rules/qaFollowUps';
import { maturitySummary, type GroupMaturity } from '@shared/rules/qaMaturity';
import { useActions } from '../../store';
import { longDate, todayIso } from '../../lib/format';
import { TrendText } from './parts';

function Cell({ m }: { m: GroupMaturity }) {
  if (m.latest === null) {
    return (
      <Text size="sm" c="gray.7">
        No answers yet
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {m.latest.toFixed(2)} <Text span size="xs" c="gray.7" fw={400}>of 3 · {m.answered}/{m.total} answered</Text>
      </Text>
      <TrendText trend={m.trend} latest={m.latest} previous={m.previous} />
    </Stack>
  );
}

/** Maturity per supplier and per theme, and the open follow-ups by due date with overdue ones flagged. */
export function Summary({ content }: { content: TenderContent }) {
  const { changeContent } = useActions();
  const summary = maturitySummary(content.qa);
  const today = todayIso();
  const followUps = openFollowUps(content.qa, today);
  const themes = summary.byTheme;

  if (!content.qa.suppliers.length || !content.qa.questions.length) {
    return (
      <Text c="gray.7" mt="md">
        The summary fills in once the Q&A has questions and suppliers with answers.
      </Text>
    );
  }

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="by-supplier-heading">
        <Title order={2} size="h5" id="by-supplier-heading">
          Maturity by supplier
        </Title>
        <Text size="xs" c="gray.7" mb="sm">
          Mean of the latest answers (levels 0–3), and the change since each question’s previous answer.
        </Text>
        <div className="tw-table-wrap">
          <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="summary-by-supplier">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Supplier</Table.Th>
                <Table.Th scope="col">Overall</Table.Th>
                {themes.map((t) => (
                  <Table.Th scope="col" key={t.theme}>
                    {t.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.bySupplier.map((s) => (
                <Table.Tr key={s.supplier.id}>
                  <Table.Th scope="row">
                    <Text size="sm" fw={600}>
                      {s.supplier.name}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {SUPPLIER_ROLE_LABELS[s.supplier.role]}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Cell m={s.overall} />
                  </Table.Td>
                  {s.themes.map((t) => (
                    <Table.Td key={t.theme}>
                      <Cell m={t.maturity} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Paper>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="by-theme-heading">
        <Title order={2} size="h5" id="by-theme-heading" mb="sm">
          Maturity by theme
        </Title>
        <div className="tw-table-wrap">
          <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="summary-by-theme">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Theme</Table.Th>
                <Table.Th scope="col">All suppliers</Table.Th>
                {content.qa.suppliers.map((s) => (
                  <Table.Th scope="col" key={s.id}>
                    {s.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {themes.map((t) => (
                <Table.Tr key={t.theme}>
                  <Table.Th scope="row">{t.label}</Table.Th>
                  <Table.Td>
                    <Cell m={t.overall} />
                  </Table.Td>
                  {t.suppliers.map((s) => (
                    <Table.Td key={s.supplierId}>
                      <Cell m={s.maturity} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Paper>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="follow-ups-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h5" id="follow-ups-heading">
            Open follow-ups by due date
          </Title>
          <Badge variant="light" color={followUps.some((f) => f.overdue) ? 'red' : 'gray'} tt="none">
            {followUps.length} open{followUps.some((f) => f.overdue) ? `, ${followUps.filter((f) => f.overdue).length} overdue` : ''}
          </Badge>
        </Group>
        {followUps.length ? (
          <div className="tw-table-wrap">
            <Table verticalSpacing="xs" data-testid="open-follow-ups">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Due</Table.Th>
                  <Table.Th scope="col">Supplier</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Mark done</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {followUps.map((f) => (
                  <Table.Tr key={f.followUp.id} data-overdue={f.overdue || undefined}>
                    <Table.Td className="tw-nowrap">
                      <Text size="sm" fw={600}>
                        {longDate(f.followUp.due)}
                      </Text>
                      {f.overdue ? (
                        <Badge size="sm" color="red" variant="light" tt="none">
                          Overdue by {f.daysOverdue} {f.daysOverdue === 1 ? 'day' : 'days'}
                        </Badge>
                      ) : f.dueToday ? (
                        <Badge size="sm" color="orange" variant="light" tt="none">
                          Due today
                        </Badge>
                      ) : (
                        <Text size="xs" c="gray.7">
                          in {-f.daysOverdue} {f.daysOverdue === -1 ? 'day' : 'days'}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{f.supplier.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.followUp.text}</Text>
                      <Text size="xs" c="gray.7">
                        On: {f.question}
                      </Text>
                    </Table.Td>
                    <Table.Td>
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
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ) : (
          <Text size="sm" c="gray.7">
            No open follow-ups.
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
