import { Checkbox, Group, NativeSelect } from '@mantine/core';
import type { ClausePurpose, ClauseTopic, LeverageCategory, MomentOfTraction } from '@shared/model/clauses';
import type { OwnClauseForm } from '@shared/rules/ownClauseForm';
import { leverageOptions, momentOptions, purposeOptions, topicOptions } from './labels';
import { Term } from '../../components/Term';

type Tags = Pick<OwnClauseForm, 'topic' | 'leverage' | 'purpose' | 'moments'>;

/** Topic, leverage category, purpose and the moments of traction a clause is filed under. */
export function ClauseTagFields({ tags, onChange }: { tags: Tags; onChange: (patch: Partial<Tags>) => void }) {
  return (
    <>
      <Group grow align="flex-start">
        <NativeSelect
          label="Topic"
          value={tags.topic}
          onChange={(e) => onChange({ topic: e.currentTarget.value as ClauseTopic })}
          data={topicOptions}
        />
        <NativeSelect
          label="Leverage category"
          value={tags.leverage}
          onChange={(e) => onChange({ leverage: e.currentTarget.value as LeverageCategory })}
          data={leverageOptions}
        />
        <NativeSelect
          label="Purpose"
          value={tags.purpose}
          onChange={(e) => onChange({ purpose: e.currentTarget.value as ClausePurpose })}
          data={purposeOptions}
        />
      </Group>
      <Checkbox.Group
        label="Moments of traction"
        description={
          <>
            Where the buyer has most influence over the supplier: see <Term id="moment-of-traction">moment of traction</Term>.
          </>
        }
        value={tags.moments}
        onChange={(v) => onChange({ moments: v as MomentOfTraction[] })}
      >
        <div className="tw-leverage-grid tw-checkbox-grid">
          {momentOptions.map((m) => (
            <Checkbox key={m.value} value={m.value} label={m.label} />
          ))}
        </div>
      </Checkbox.Group>
    </>
  );
}
