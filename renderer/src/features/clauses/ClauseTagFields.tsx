import { Trans, useTranslation } from 'react-i18next';
import { Checkbox, Group, NativeSelect } from '@mantine/core';
import type { ClausePurpose, ClauseTopic, LeverageCategory, MomentOfTraction } from '@shared/model/clauses';
import type { OwnClauseForm } from '@shared/rules/ownClauseForm';
import { leverageOptions, momentOptions, purposeOptions, topicOptions } from './labels';
import { Term } from '../../components/Term';

type Tags = Pick<OwnClauseForm, 'topic' | 'leverage' | 'purpose' | 'moments'>;

/** Topic, leverage category, purpose and the moments of traction a clause is filed under. */
export function ClauseTagFields({ tags, onChange }: { tags: Tags; onChange: (patch: Partial<Tags>) => void }) {
  const { t } = useTranslation('clauses');
  return (
    <>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('tags.topic')}
          value={tags.topic}
          onChange={(e) => onChange({ topic: e.currentTarget.value as ClauseTopic })}
          data={topicOptions()}
        />
        <NativeSelect
          label={t('tags.leverage')}
          value={tags.leverage}
          onChange={(e) => onChange({ leverage: e.currentTarget.value as LeverageCategory })}
          data={leverageOptions()}
        />
        <NativeSelect
          label={t('tags.purpose')}
          value={tags.purpose}
          onChange={(e) => onChange({ purpose: e.currentTarget.value as ClausePurpose })}
          data={purposeOptions()}
        />
      </Group>
      <Checkbox.Group
        label={t('tags.moments')}
        description={
          <Trans
            t={t}
            ns="clauses"
            i18nKey="tags.momentsHelp"
            components={{ term: <Term id="moment-of-traction">{t('tags.momentTerm')}</Term> }}
          />
        }
        value={tags.moments}
        onChange={(v) => onChange({ moments: v as MomentOfTraction[] })}
      >
        <div className="tw-leverage-grid tw-checkbox-grid">
          {momentOptions().map((m) => (
            <Checkbox key={m.value} value={m.value} label={m.label} />
          ))}
        </div>
      </Checkbox.Group>
    </>
  );
}
