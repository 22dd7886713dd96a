import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';

export function EvaluationScreen() {
  return (
    <FeaturePlaceholder
      title="Evaluation"
      purpose="The evaluators’ scores, brought back from the Excel workbooks they filled in, recomputed and aggregated per lot."
      plans={[
        'Import of returned evaluator workbooks, checked against this tender’s revision',
        'Scores recomputed with Tenderwright’s own formulas, never trusted from the file',
        'Ranking of bids per lot, with each evaluator’s contribution',
      ]}
    />
  );
}
