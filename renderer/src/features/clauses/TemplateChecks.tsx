import { useTranslation } from 'react-i18next';
import { Alert, List } from '@mantine/core';
import type { Finding } from '@shared/clauses';

/** What the template engine finds in a clause being written: errors in red, notes in yellow. */
export function TemplateChecks({ checks }: { checks: readonly Finding[] }) {
  const { t } = useTranslation('clauses');
  if (!checks.length) return null;
  return (
    <Alert color={checks.some((f) => f.severity === 'error') ? 'red' : 'yellow'} variant="light" title={t('checks.title')} role="region">
      <List size="sm" spacing={2}>
        {checks.map((f) => (
          <List.Item key={f.id}>
            {f.severity === 'error' ? t('checks.error', { message: f.message }) : t('checks.note', { message: f.message })} {f.fix}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
