import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';

export function ExportScreen() {
  return (
    <FeaturePlaceholder
      title="Export"
      purpose="The documents that leave Tenderwright: the Word tender pack for bidders and the Excel workbooks for evaluators."
      plans={[
        'A Word tender pack with criteria, clauses and questions, numbered and ready to publish',
        'One Excel evaluation workbook per evaluator, with locked formulas and checked input cells',
        'A record of which revision of the tender each file was made from',
      ]}
    />
  );
}
