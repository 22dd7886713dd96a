/** Every catalogue, bundled: the app is offline and small enough that all three languages load at once. */
import en_common from './locales/en/common.json';
import en_tenders from './locales/en/tenders.json';
import en_settings from './locales/en/settings.json';
import en_criteria from './locales/en/criteria.json';
import en_evaluation from './locales/en/evaluation.json';
import en_clauses from './locales/en/clauses.json';
import en_questions from './locales/en/questions.json';
import en_suppliers from './locales/en/suppliers.json';
import en_exporting from './locales/en/exporting.json';
import en_messages from './locales/en/messages.json';
import en_documents from './locales/en/documents.json';
import fr_common from './locales/fr/common.json';
import fr_tenders from './locales/fr/tenders.json';
import fr_settings from './locales/fr/settings.json';
import fr_criteria from './locales/fr/criteria.json';
import fr_evaluation from './locales/fr/evaluation.json';
import fr_clauses from './locales/fr/clauses.json';
import fr_questions from './locales/fr/questions.json';
import fr_suppliers from './locales/fr/suppliers.json';
import fr_exporting from './locales/fr/exporting.json';
import fr_messages from './locales/fr/messages.json';
import fr_documents from './locales/fr/documents.json';
import es_common from './locales/es/common.json';
import es_tenders from './locales/es/tenders.json';
import es_settings from './locales/es/settings.json';
import es_criteria from './locales/es/criteria.json';
import es_evaluation from './locales/es/evaluation.json';
import es_clauses from './locales/es/clauses.json';
import es_questions from './locales/es/questions.json';
import es_suppliers from './locales/es/suppliers.json';
import es_exporting from './locales/es/exporting.json';
import es_messages from './locales/es/messages.json';
import es_documents from './locales/es/documents.json';

export const NAMESPACES = [
  'common',
  'tenders',
  'settings',
  'criteria',
  'evaluation',
  'clauses',
  'questions',
  'suppliers',
  'exporting',
  'messages',
  'documents',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES = {
  en: {
    common: en_common,
    tenders: en_tenders,
    settings: en_settings,
    criteria: en_criteria,
    evaluation: en_evaluation,
    clauses: en_clauses,
    questions: en_questions,
    suppliers: en_suppliers,
    exporting: en_exporting,
    messages: en_messages,
    documents: en_documents,
  },
  fr: {
    common: fr_common,
    tenders: fr_tenders,
    settings: fr_settings,
    criteria: fr_criteria,
    evaluation: fr_evaluation,
    clauses: fr_clauses,
    questions: fr_questions,
    suppliers: fr_suppliers,
    exporting: fr_exporting,
    messages: fr_messages,
    documents: fr_documents,
  },
  es: {
    common: es_common,
    tenders: es_tenders,
    settings: es_settings,
    criteria: es_criteria,
    evaluation: es_evaluation,
    clauses: es_clauses,
    questions: es_questions,
    suppliers: es_suppliers,
    exporting: es_exporting,
    messages: es_messages,
    documents: es_documents,
  },
};
