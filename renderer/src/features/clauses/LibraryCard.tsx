import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconCopy, IconDots, IconPencil, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import {
  createInstance,
  currentVersion,
  duplicateClause,
  orderedInstances,
  reactivateClause,
  renderClause,
  retireClause,
} from '@shared/clauses';
import type { LibraryClause } from '@shared/model/clauses';
import type { TenderContent } from '@shared/model/tender';
import type { Language } from '@shared/model/language';
import { shownIn } from '@shared/library/localise';
import { call } from '../../api';
import { useActions, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { confirmDelete } from '../../components/confirm';
import { Term } from '../../components/Term';
import { ClausePreview } from './ClausePreview';
import { LEVERAGE_TERMS, leverageLabel, momentLabel, purposeLabel, topicLabel } from './labels';

const ONLY_IN: Record<Language, (t: TFunction) => string> = {
  en: (t) => t('clauses:library.onlyIn.en'),
  fr: (t) => t('clauses:library.onlyIn.fr'),
  es: (t) => t('clauses:library.onlyIn.es'),
};

/** One clause of the library: its tags, what it is used for, its text on demand and what can be done with it. */
export function LibraryCard({
  entry,
  content,
  onAdd,
  onEdit,
  basedOnTitle,
  language,
}: {
  entry: LibraryClause;
  content: TenderContent;
  language: Language;
  basedOnTitle?: string;
  onAdd: (entry: LibraryClause) => void;
  onEdit: (entry: LibraryClause) => void;
}) {
  const { t } = useTranslation('clauses');
  const { applyLibraryView } = useActions();
  const [showText, setShowText] = useState(false);
  const [busy, setBusy] = useState(false);
  const version = currentVersion(entry);
  const titleId = `lib-${entry.id}`;
  const ordered = orderedInstances(content.clauses);
  const usedAt = ordered.map((inst, i) => (inst.templateId === entry.id ? i + 1 : 0)).filter(Boolean);
  const retired = entry.status === 'retired';
  const own = entry.origin === 'own';
  // An own clause is written in one language only: say so when the tender is in another.
  const { shownIn: writtenIn, fallback } = shownIn(entry, language);

  const save = async (clause: LibraryClause, done: string) => {
    setBusy(true);
    try {
      applyLibraryView(await call('library.saveClause', { clause, baseRevision: libraryRevision() }));
      notifications.show({ color: 'teal', title: done, message: t('library.quoted', { title: currentVersion(clause).title }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('library.notChanged'), message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const duplicate = async () => {
    setBusy(true);
    try {
      const copy = duplicateClause(entry);
      applyLibraryView(await call('library.saveClause', { clause: copy, baseRevision: libraryRevision() }));
      notifications.show({
        color: 'teal',
        title: t('library.copied'),
        message: t('library.copiedMessage', { title: version.title }),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: t('library.notCopied'), message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const askToDelete = () =>
    confirmDelete({
      title: t('library.deleteTitle'),
      message: (
        <Stack gap="xs">
          <Text size="sm">{t('library.deleteMessage', { title: version.title })}</Text>
          <Text size="sm">
            {usedAt.length ? t('library.deleteUsed', { count: usedAt.length, numbers: usedAt.join(', ') }) : t('library.deleteUnused')}
          </Text>
        </Stack>
      ),
      remove: async () => applyLibraryView(await call('library.deleteClause', { id: entry.id, baseRevision: libraryRevision() })),
      deleted: () => ({ color: 'teal', title: t('library.deleted'), message: t('library.deletedMessage', { title: version.title }) }),
      failedTitle: t('library.notDeleted'),
    });

  const preview = showText
    ? renderClause(
        createInstance(version, {
          order: 0,
          origin: entry.origin,
          id: 'preview',
          values: content.buyer.trim() ? { buyer: content.buyer.trim() } : {},
        }),
        ordered.length + 1,
      )
    : null;

  return (
    <li>
      <Paper withBorder radius="md" p="md" component="article" aria-labelledby={titleId} data-testid="library-clause">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div className="tw-row-main">
            <Title order={3} size="h5" id={titleId}>
              {version.title}
            </Title>
            <Group gap={4} mt={6} className="tw-tags">
              <Badge size="sm" variant="light" color={own ? 'violet' : 'gray'}>
                {own ? t('origin.own') : t('origin.builtin')}
              </Badge>
              <Badge size="sm" variant="outline" color="gray">
                {t('library.version', { version: version.version })}
              </Badge>
              {fallback ? (
                <Badge size="sm" variant="outline" color="orange" data-testid="language-fallback">
                  {ONLY_IN[writtenIn](t)}
                </Badge>
              ) : null}
              {retired ? (
                <Badge size="sm" variant="filled" color="gray.7">
                  {t('library.retired')}
                </Badge>
              ) : null}
              <Badge size="sm" variant="light" color="indigo">
                {topicLabel(version.tags.topic)}
              </Badge>
              <Badge size="sm" variant="light" color="cyan">
                <Term id={LEVERAGE_TERMS[version.tags.leverage]}>{leverageLabel(version.tags.leverage)}</Term>
              </Badge>
              <Badge size="sm" variant="light" color="grape">
                <Term id="clause-purpose">{purposeLabel(version.tags.purpose)}</Term>
              </Badge>
            </Group>
          </div>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={retired}
              aria-describedby={titleId}
              onClick={() => onAdd(entry)}
            >
              {t('library.add')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="md" aria-label={t('library.moreActions', { title: version.title })} loading={busy}>
                  <IconDots size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void duplicate()}>
                  {t('library.duplicate')}
                </Menu.Item>
                {own ? (
                  <>
                    <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} disabled={retired} onClick={() => onEdit(entry)}>
                      {t('library.edit')}
                    </Menu.Item>
                    {retired ? (
                      <Menu.Item
                        leftSection={<IconRestore size={16} aria-hidden />}
                        onClick={() => void save(reactivateClause(entry), t('library.reactivated'))}
                      >
                        {t('library.reactivate')}
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        leftSection={<IconArchive size={16} aria-hidden />}
                        onClick={() => void save(retireClause(entry), t('library.retiredDone'))}
                      >
                        {t('library.retire')}
                      </Menu.Item>
                    )}
                    <Menu.Divider />
                    <Menu.Item className="tw-menu-danger" leftSection={<IconTrash size={16} aria-hidden />} onClick={askToDelete}>
                      {t('library.delete')}
                    </Menu.Item>
                  </>
                ) : null}
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
        <Text size="sm" mt="xs" c="dimmed" lineClamp={showText ? undefined : 2}>
          {version.guidance}
        </Text>
        <Text size="xs" c="dimmed" mt={6}>
          <Trans
            t={t}
            ns="clauses"
            i18nKey="library.moments"
            values={{ list: version.tags.moments.map(momentLabel).join(', ') }}
            components={{ term: <Term id="moment-of-traction">{t('tags.moments')}</Term> }}
          />
          {entry.basedOn
            ? ` · ${t('library.basedOn', { title: basedOnTitle ?? entry.basedOn.templateId, version: entry.basedOn.version })}`
            : ''}
          {entry.versions.length > 1 ? ` · ${t('library.versionsKept', { count: entry.versions.length })}` : ''}
          {usedAt.length ? ` · ${t('library.usedAt', { count: usedAt.length, numbers: usedAt.join(', ') })}` : ''}
          {retired ? ` · ${t('library.retiredNote')}` : ''}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          mt={6}
          aria-expanded={showText}
          onClick={() => setShowText((s) => !s)}
          aria-describedby={titleId}
        >
          {showText ? t('library.hideText') : t('library.showText')}
        </Button>
        {preview ? (
          <Paper bg="var(--tw-inset)" p="sm" mt={6} radius="sm" className="tw-preview">
            <ClausePreview clause={preview} headingLevel={4} />
          </Paper>
        ) : null}
      </Paper>
    </li>
  );
}
