import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSchema, localeOf, languageOf } from '@shared/model/language';
import type { TenderContent } from '@shared/model/tender';
import { useActions } from '../../store';
import { useUiLanguage } from '../../store/uiLanguage';
import { tenderFieldId } from '../../components/fieldIds';
import { languageOptions, localeOptions, withTenderLanguage, withTenderLocale } from './tenderLanguage';

/** The language the tender's documents are written in and the locale of issue their numbers and dates follow: tender content, so undoable. */
export function TenderLanguageFields({ content }: { content: TenderContent }) {
  const { t } = useTranslation('tenders');
  const { changeContent, endEditBurst } = useActions();
  const uiLanguage = useUiLanguage((s) => s.language);
  const language = languageOf(content);
  const locale = localeOf(content);
  return (
    <Group grow align="flex-start">
      <NativeSelect
        id={tenderFieldId('language')}
        label={t('details.language.label')}
        description={t('details.language.description')}
        data={languageOptions()}
        value={language}
        onChange={(e) => {
          const parsed = LanguageSchema.safeParse(e.currentTarget.value);
          if (!parsed.success || parsed.data === content.language) return;
          endEditBurst();
          changeContent(null, (c) => withTenderLanguage(c, parsed.data));
        }}
      />
      <NativeSelect
        id={tenderFieldId('locale')}
        label={t('details.locale.label')}
        description={t('details.locale.description')}
        data={localeOptions(language, uiLanguage)}
        value={locale}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (next === content.locale) return;
          endEditBurst();
          changeContent(null, (c) => withTenderLocale(c, next));
        }}
      />
    </Group>
  );
}
