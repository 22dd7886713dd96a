import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';

export function ClausesScreen() {
  return (
    <FeaturePlaceholder
      title="Clauses"
      purpose="The contract clauses that oblige the supplier to disclose and manage supply-chain risks, per lot."
      plans={[
        'Supply-chain disclosure and due-diligence clauses from the library, adapted to this tender',
        'Numbered clauses in the order they will appear in the contract',
        'Which lots each clause applies to',
      ]}
    />
  );
}
