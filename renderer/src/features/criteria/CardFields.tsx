import { memo } from 'react';
import { ActionIcon, NativeSelect, TextInput, VisuallyHidden } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import { CRITERION_CATEGORIES, type CriterionCategory } from '@shared/model/criteria';
import type { Finding } from '@shared/rules/findings';
import { describedBy } from './FindingMessage';
import { propsEqual, sameFindings } from './memo';
import { Trans, useTranslation } from 'react-i18next';
import { categoryLabel } from './labels';

// The fields of a card's row, each re-rendered only when what it shows changes.

export interface DragHandle {
  /** dnd-kit's setActivatorNodeRef for the handle. */
  handleRef: (element: HTMLElement | null) => void;
  /** dnd-kit's attributes and listeners for the handle. */
  handleProps: Record<string, unknown>;
}

const categoryOptions = () => CRITERION_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }));

export const HandleButton = memo(function HandleButton({
  handleRef,
  handleProps,
  label,
}: {
  handleRef: DragHandle['handleRef'];
  handleProps: DragHandle['handleProps'];
  label: string;
}) {
  return (
    <ActionIcon ref={handleRef} variant="subtle" color="gray" size="lg" className="tw-cr-handle" aria-label={label} {...handleProps}>
      <IconGripVertical size={18} aria-hidden />
    </ActionIcon>
  );
});

interface NameFieldProps {
  id: string;
  where: string;
  isSub: boolean;
  value: string;
  findings: readonly Finding[];
  onChange: (name: string) => void;
  onBlur: () => void;
}

export const NameField = memo(
  function NameField({ id, where, isSub, value, findings, onChange, onBlur }: NameFieldProps) {
    const { t } = useTranslation('criteria');
    return (
      <TextInput
        id={id}
        label={<Trans t={t} i18nKey="card.nameLabel" values={{ where }} components={{ hidden: <VisuallyHidden /> }} />}
        placeholder={isSub ? t('card.namePlaceholderSub') : t('card.namePlaceholder')}
        maxLength={LIMITS.shortText}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={onBlur}
        {...describedBy(findings)}
      />
    );
  },
  propsEqual<NameFieldProps>({ findings: sameFindings }),
);

interface CategoryFieldProps {
  id: string;
  where: string;
  value: CriterionCategory;
  findings: readonly Finding[];
  onChange: (category: CriterionCategory) => void;
}

export const CategoryField = memo(
  function CategoryField({ id, where, value, findings, onChange }: CategoryFieldProps) {
    const { t } = useTranslation('criteria');
    return (
      <NativeSelect
        id={id}
        label={<Trans t={t} i18nKey="card.categoryLabel" values={{ where }} components={{ hidden: <VisuallyHidden /> }} />}
        value={value}
        data={categoryOptions()}
        onChange={(e) => onChange(e.currentTarget.value as CriterionCategory)}
        {...describedBy(findings)}
      />
    );
  },
  propsEqual<CategoryFieldProps>({ findings: sameFindings }),
);
