import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';

export function CriteriaScreen() {
  return (
    <FeaturePlaceholder
      title="Criteria"
      purpose="The award criteria of each lot, with their weights, including the criteria that reward suppliers for protecting workers in their supply chains."
      plans={[
        'Criteria per lot, picked from the built-in library or the team’s own, or written from scratch',
        'Weights in percent with two decimals; a check that each lot’s weights add up to exactly 100%',
        'Scoring scales and the formula each criterion is scored with',
      ]}
    />
  );
}
