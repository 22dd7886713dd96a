import { t } from '@shared/i18n';
import { formatWeight } from '@shared/rules/weights';
import { decimal } from '../../lib/format';

/** A weight held in hundredths of a percent, as the screen shows it: 3333 is "33.33%", or "33,33 %" in French. */
export const percentText = (hundredths: number): string => t('criteria:percent', { value: decimal(Math.round(hundredths) / 100) });

/** Points held in hundredths, with two decimals in the user's decimal mark: 3333 is "33.33". */
export const pointsText = (hundredths: number): string => decimal(Math.round(hundredths) / 100);

/**
 * A stored weight or score as an input shows it for editing: ASCII digits, which the parsers read, with
 * a decimal comma where the user's locale writes one (60,00 in French, 60.00 in English).
 */
export const inputText = (hundredths: number): string => {
  const text = formatWeight(hundredths);
  return decimal(1.5, 1).includes(',') ? text.replace('.', ',') : text;
};
