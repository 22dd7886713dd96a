import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCalendarDue, IconPlus, IconTrash } from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import {
  FOLLOW_UP_STATUSES,
  MATURITY_LEVEL_NAMES,
  QUESTION_THEME_LABELS,
  SUPPLIER_ROLE_LABELS,
  SUPPLIER_ROLES,
  type FollowUpStatus,
  type MaturityLevel,
  type QaSupplier,
  type SelectedQuestion,
  type SupplierRole,
} from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import {
  addFollowUp,
  addSupplier,
  answerHistory,
  findThread,
  orderedQuestions,
  recordAnswer,
  removeSupplier,
  setFollowUpStatus,
  updateSupplier,
} from '@shared/rules/qaAnswers';
import { addDays, daysBetween } from '@shared/rules/qaFollowUps';
import { questionMaturity } from '@shared/rules/qaMaturity';
import { useActions } from '../../store';
import { longDate, todayIso } from '../../lib/format';
import { tooLongMessage } from '../../lib/textGuard';
import { LevelPill, TrendText } from './parts';

const STATUS_LABELS: Record<FollowUpStatus, string> = { open: 'Open', done: 'Done', cancelled: 'Cancelled' };

/** The suppliers the Q&A is held with: bidders during the tender, contracted suppliers after award. */
function Suppliers({ content }: { content: TenderContent }) {
  const { changeContent, endEditBurst } = useActions();
  const [name, setName] = useState('');
  const [role, setRole] = useState<SupplierRole>('bidder');
  const [error, setError] = useState<string | null>(null);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const result = addSupplier(content.qa, { name, role });
    if (!result.ok) {
      setError(result.message.replace('The supplier cannot be added: name: ', ''));
      return;
    }
    endEditBurst();
    changeContent(null, (c) => {
      const r = addSupplier(c.qa, { name, role, id: result.value.supplier.id });
      return r.ok ? { ...c, qa: r.value.qa } : c;
    });
    setName('');
    setError(null);
  };

  const remove = (s: QaSupplier) => {
    const result = removeSupplier(content.qa, s.id);
    const apply = () =>
      changeContent(null, (c) => {
        const r = removeSupplier(c.qa, s.id, { discardAnswers: true });
        return r.ok ? { ...c, qa: r.value } : c;
      });
    if (result.ok) return apply();
    modals.openConfirmModal({
      title: `Remove ${s.name}?`,
      children: <Text size="sm">{s.name} has answers or follow-ups recorded. Removing the supplier discards them; Ctrl+Z brings them back.</Text>,
      labels: { confirm: 'Remove with its answers', cancel: 'Keep' },
      confirmProps: { color: 'red.9' },
      onConfirm: apply,
    });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="suppliers-heading">
      <Title order={2} size="h5" id="suppliers-heading" mb="xs">
        Suppliers
      </Title>
      {content.qa.suppliers.length ? (
        <ul className="tw-plain-list tw-supplier-list" aria-label="Suppliers in the Q&A">
          {content.qa.suppliers.map((s) => (
            <li key={s.id}>
              <Text size="sm" fw={600} className="tw-question-text">
                {s.name}
              </Text>
              <Group wrap="nowrap" gap="xs" mt={4}>
                <NativeSelect
                  flex={1}
                  size="xs"
                  aria-label={`Role of ${s.name}`}
                  value={s.role}
                  onChange={(e) => {
                    const next = e.currentTarget.value as SupplierRole;
                    changeContent(null, (c) => {
                      const r = updateSupplier(c.qa, s.id, { role: next });
                      return r.ok ? { ...c, qa: r.value } : c;
                    });
                  }}
                  data={SUPPLIER_ROLES.map((r) => ({ value: r, label: SUPPLIER_ROLE_LABELS[r] }))}
                />
                <Tooltip label="Remove supplier">
                  <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${s.name}`} onClick={() => remove(s)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm" c="gray.7">
          No suppliers yet. Add the bidders you engage with, or the contracted supplier.
        </Text>
      )}
      <form onSubmit={add} noValidate data-native-undo>
        <Stack gap="xs" mt="md">
          <TextInput
            label="Supplier name"
            value={name}
            error={error}
            onChange={(e) => {
              setName(e.currentTarget.value.slice(0, LIMITS.shortText));
              setError(null);
            }}
          />
          <NativeSelect
            label="Role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as SupplierRole)}
            data={SUPPLIER_ROLES.map((r) => ({ value: r, label: SUPPLIER_ROLE_LABELS[r] }))}
          />
          <Group justify="flex-end">
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
              Add supplier
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

interface AnswerDraft {
  date: string;
  text: string;
  level: string;
  evidence: string;
  assessedBy: string;
}

/** Records one answer as a new entry in the supplier's history for the question. */
function AnswerModal({ supplier, selected, onClose }: { supplier: QaSupplier; selected: SelectedQuestion; onClose: () => void }) {
  const { changeContent } = useActions();
  const [draft, setDraft] = useState<AnswerDraft>({ date: todayIso(), text: '', level: '', evidence: '', assessedBy: '' });
  const [refused, setRefused] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = selected.question;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.level === '') return setError('Choose the maturity level the answer reaches.');
    const input = {
      date: draft.date,
      text: draft.text,
      level: Number(draft.level) as MaturityLevel,
      evidence: draft.evidence.split('\n'),
      ...(draft.assessedBy.trim() ? { assessedBy: draft.assessedBy.trim() } : {}),
      recordedAt: new Date().toISOString(),
    };
    let failure: string | null = null;
    changeContent(null, (c) => {
      const r = recordAnswer(c.qa, supplier.id, selected.questionId, input);
      if (!r.ok) {
        failure = r.message;
        return c;
      }
      return { ...c, qa: r.value };
    });
    if (failure) return setError(failure);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={`Answer from ${supplier.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" fw={500}>
            {q.question}
          </Text>
          <TextInput
            data-autofocus
            type="date"
            required
            label="Date of the answer"
            value={draft.date}
            onChange={(e) => {
              const date = e.currentTarget.value;
              setDraft((d) => ({ ...d, date }));
            }}
          />
          <Textarea
            autosize
            minRows={3}
            maxRows={12}
            label="Answer"
            description="What the supplier said or wrote, in short."
            value={draft.text}
            error={refused}
            onChange={(e) => {
              const text = e.currentTarget.value;
              const tooLong = tooLongMessage(text, LIMITS.longText, 'The answer');
              setRefused(tooLong);
              if (!tooLong) setDraft((d) => ({ ...d, text }));
            }}
          />
          <Radio.Group
            label="Maturity level reached"
            required
            value={draft.level}
            onChange={(level) => {
              setDraft((d) => ({ ...d, level }));
              setError(null);
            }}
          >
            <Stack gap={6} mt={6}>
              {q.maturity.map((m) => (
                <Radio key={m.level} value={String(m.level)} label={`${m.level} · ${MATURITY_LEVEL_NAMES[m.level]}: ${m.descriptor}`} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            autosize
            minRows={2}
            label="Evidence received"
            description={`One item per line. Asked for: ${q.evidence.join('; ')}.`}
            value={draft.evidence}
            onChange={(e) => {
              const evidence = e.currentTarget.value.slice(0, 20 * LIMITS.shortText);
              setDraft((d) => ({ ...d, evidence }));
            }}
          />
          <TextInput
            label="Assessed by (optional)"
            value={draft.assessedBy}
            onChange={(e) => {
              const assessedBy = e.currentTarget.value.slice(0, LIMITS.shortText);
              setDraft((d) => ({ ...d, assessedBy }));
            }}
          />
          {error ? (
            <Alert color="red" variant="light" title="Not recorded" role="alert">
              <Text size="sm">{error}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Record answer</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FollowUpModal({ supplier, selected, onClose }: { supplier: QaSupplier; selected: SelectedQuestion; onClose: () => void }) {
  const { changeContent } = useActions();
  const [text, setText] = useState(selected.question.followUp);
  const [due, setDue] = useState(addDays(todayIso(), 30));
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let failure: string | null = null;
    changeContent(null, (c) => {
      const r = addFollowUp(c.qa, supplier.id, selected.questionId, { text, due, createdAt: new Date().toISOString() });
      if (!r.ok) {
        failure = r.message;
        return c;
      }
      return { ...c, qa: r.value.qa };
    });
    if (failure) return setError(failure);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={`Follow-up with ${supplier.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" fw={500}>
            {selected.question.question}
          </Text>
          <Textarea
            data-autofocus
            autosize
            minRows={2}
            label="Action"
            description="Suggested from the question’s follow-up when the answer is weak."
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value.slice(0, 2000));
              setError(null);
            }}
          />
          <TextInput type="date" required label="Due date" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
          {error ? (
            <Alert color="red" variant="light" title="Not added" role="alert">
              <Text size="sm">{error}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Add follow-up</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One question for one supplier: where it stands, its answer history, its follow-ups. */
function AnswerCard({
  content,
  supplier,
  selected,
  index,
  onRecord,
  onFollowUp,
}: {
  content: TenderContent;
  supplier: QaSupplier;
  selected: SelectedQuestion;
  index: number;
  onRecord: () => void;
  onFollowUp: () => void;
}) {
  const { changeContent } = useActions();
  const q = selected.question;
  const history = answerHistory(content.qa, supplier.id, selected.questionId);
  const thread = findThread(content.qa, supplier.id, selected.questionId);
  const m = questionMaturity(selected.questionId, q.theme, history);
  const today = todayIso();
  const headingId = `ans-${supplier.id}-${selected.questionId}`;

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId} data-testid="answer-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div className="tw-row-main">
          <Group gap={6} mb={4} className="tw-tags">
            <Text span fw={700} size="sm" c="indigo.9">
              Q{index + 1}
            </Text>
            <Badge size="sm" variant="light" color="indigo">
              {QUESTION_THEME_LABELS[q.theme]}
            </Badge>
          </Group>
          <Title order={3} size="h6" fw={500} id={headingId}>
            {q.question}
          </Title>
        </div>
        <Stack gap={4} align="flex-end" className="tw-flex-none">
          {m.latest !== null ? <LevelPill level={m.latest} /> : null}
          <TrendText trend={m.trend} latest={m.latest} previous={m.previous} />
        </Stack>
      </Group>

      {history.length ? (
        <ol className="tw-history" aria-label={`Answers from ${supplier.name} to Q${index + 1}, oldest first`}>
          {history.map((entry) => (
            <li key={entry.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {longDate(entry.date)}
                </Text>
                <LevelPill level={entry.level} />
                {entry.assessedBy ? (
                  <Text size="xs" c="gray.7">
                    assessed by {entry.assessedBy}
                  </Text>
                ) : null}
              </Group>
              {entry.text ? (
                <Text size="sm" className="tw-prewrap">
                  {entry.text}
                </Text>
              ) : null}
              {entry.evidence.length ? (
                <Text size="xs" c="gray.7">
                  Evidence received: {entry.evidence.join('; ')}
                </Text>
              ) : (
                <Text size="xs" c="gray.7">
                  No evidence received.
                </Text>
              )}
            </li>
          ))}
        </ol>
      ) : null}

      {thread?.followUps.length ? (
        <Stack gap={6} mt="sm">
          <Text size="xs" fw={700} c="gray.7" tt="uppercase">
            Follow-ups
          </Text>
          {thread.followUps.map((f) => {
            const late = f.status === 'open' ? daysBetween(f.due, today) : 0;
            return (
              <Group key={f.id} gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                <div className="tw-row-main">
                  <Text size="sm">{f.text}</Text>
                  <Group gap={6}>
                    <Text size="xs" c="gray.7">
                      Due {longDate(f.due)}
                    </Text>
                    {late > 0 ? (
                      <Badge size="xs" color="red" variant="light">
                        Overdue
                      </Badge>
                    ) : null}
                  </Group>
                </div>
                <NativeSelect
                  size="xs"
                  aria-label={`Status of follow-up due ${longDate(f.due)}`}
                  value={f.status}
                  onChange={(e) => {
                    const status = e.currentTarget.value as FollowUpStatus;
                    changeContent(null, (c) => {
                      const r = setFollowUpStatus(c.qa, f.id, status, new Date().toISOString());
                      return r.ok ? { ...c, qa: r.value } : c;
                    });
                  }}
                  data={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
                />
              </Group>
            );
          })}
        </Stack>
      ) : null}

      <Group gap="xs" mt="sm">
        <Button size="xs" onClick={onRecord} aria-describedby={headingId}>
          {history.length ? 'Record a new answer' : 'Record answer'}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconCalendarDue size={14} aria-hidden />} onClick={onFollowUp} aria-describedby={headingId}>
          Add follow-up
        </Button>
      </Group>
    </Paper>
  );
}

/** Suppliers, and per supplier the answers to each selected question with their history and follow-ups. */
export function SupplierAnswers({ content }: { content: TenderContent }) {
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ kind: 'answer' | 'follow-up'; questionId: string } | null>(null);
  const questions = orderedQuestions(content.qa);
  const supplier = content.qa.suppliers.find((s) => s.id === supplierId) ?? content.qa.suppliers[0];
  const selected = dialog ? questions.find((q) => q.questionId === dialog.questionId) : undefined;

  return (
    <div className="tw-cl-layout">
      <div className="tw-cl-sticky">
        <Suppliers content={content} />
      </div>
      <Stack gap="md">
        {!supplier ? (
          <Alert color="gray" variant="light" title="Add a supplier to record answers">
            Answers are recorded per supplier: add the bidders or the contracted supplier first.
          </Alert>
        ) : !questions.length ? (
          <Alert color="gray" variant="light" title="No questions selected">
            Pick questions from the question bank first; then record each supplier’s answers here.
          </Alert>
        ) : (
          <>
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h4">
                Answers from {supplier.name}
              </Title>
              <NativeSelect
                label="Supplier"
                value={supplier.id}
                onChange={(e) => setSupplierId(e.currentTarget.value)}
                data={content.qa.suppliers.map((s) => ({ value: s.id, label: `${s.name} (${SUPPLIER_ROLE_LABELS[s.role].toLowerCase()})` }))}
              />
            </Group>
            <Text size="sm" c="gray.7">
              Each answer is added to the supplier’s history, never overwritten, so improvement over time stays visible.
            </Text>
            {questions.map((s, i) => (
              <AnswerCard
                key={s.questionId}
                content={content}
                supplier={supplier}
                selected={s}
                index={i}
                onRecord={() => setDialog({ kind: 'answer', questionId: s.questionId })}
                onFollowUp={() => setDialog({ kind: 'follow-up', questionId: s.questionId })}
              />
            ))}
          </>
        )}
      </Stack>
      {dialog && selected && supplier ? (
        dialog.kind === 'answer' ? (
          <AnswerModal supplier={supplier} selected={selected} onClose={() => setDialog(null)} />
        ) : (
          <FollowUpModal supplier={supplier} selected={selected} onClose={() => setDialog(null)} />
        )
      ) : null}
    </div>
  );
}
