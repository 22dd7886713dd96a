import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';

export function QuestionsScreen() {
  return (
    <FeaturePlaceholder
      title="Questions"
      purpose="The supplier engagement questionnaire: what bidders are asked about their supply chains, and how answers are judged."
      plans={[
        'Questions per lot, from the library or your own',
        'Guidance for bidders and for evaluators on each question',
        'Links between questions and the criteria they are scored under',
      ]}
    />
  );
}
