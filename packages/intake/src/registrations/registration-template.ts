import { areasAtLevel } from '@crc/domain';
import { vocabularyLabel } from '@crc/i18n';
import ExcelJS from 'exceljs';
import { REGISTRATION_FIELDS, type RegistrationField } from './registration-fields';
import { fieldLabel, type TemplateLanguage } from './template-labels';

/** Rows of the template that get dropdowns (data validation); more rows can be added by copying. */
export const TEMPLATE_ROWS = 2000;

const SHEET_NAMES: Readonly<Record<TemplateLanguage, { data: string; lists: string }>> = {
  en: { data: 'Registrations', lists: 'Lists' },
  ar: { data: 'التسجيلات', lists: 'القوائم' },
};

const YES_NO: Readonly<Record<TemplateLanguage, readonly string[]>> = { en: ['yes', 'no'], ar: ['نعم', 'لا'] };

function choicesOf(field: RegistrationField, language: TemplateLanguage): readonly string[] | undefined {
  if (field.kind === 'yes_no') return YES_NO[language];
  if (field.kind === 'area') {
    // Districts and sub-districts as "Name (p-code)": the importer reads the code in brackets.
    return [...areasAtLevel('district'), ...areasAtLevel('subdistrict')].map(
      (area) => `${area.names[language]} (${area.pcode})`,
    );
  }
  if ((field.kind === 'code' || field.kind === 'codes') && field.codes) {
    return field.codes.codes.map((code) => vocabularyLabel(language, field.codes!.vocabulary as never, code));
  }
  return undefined;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The registration template: one row per person, a column per registration field with
 * its header in English or Arabic (right to left), dropdowns (data validation lists on a
 * hidden sheet) for every coded field, yes/no and the area of residence, and dates as
 * text cells expected as YYYY-MM-DD. `crc-import registrations` reads it back in either
 * language, dropdown labels included.
 */
export function registrationTemplate(language: TemplateLanguage): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CRC Platform crc-import';
  const names = SHEET_NAMES[language];
  const sheet = workbook.addWorksheet(names.data, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: language === 'ar' }],
  });
  const lists = workbook.addWorksheet(names.lists, { state: 'veryHidden' });
  let listColumn = 0;
  REGISTRATION_FIELDS.forEach((field, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.max(14, fieldLabel(field, language).length + 4);
    const header = sheet.getCell(1, index + 1);
    header.value = fieldLabel(field, language);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: field.required ? 'FFFCE4D6' : 'FFEDEDED' } };
    if (field.kind === 'date') column.numFmt = '@';
    const choices = choicesOf(field, language);
    if (choices === undefined) return;
    const letter = columnLetter(listColumn++);
    choices.forEach((choice, row) => {
      lists.getCell(`${letter}${row + 1}`).value = choice;
    });
    const range = `'${names.lists}'!$${letter}$1:$${letter}$${choices.length}`;
    const target = columnLetter(index);
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
      sheet.getCell(`${target}${row}`).dataValidation = {
        type: 'list',
        // A select-multiple column (services) may hold several codes: its list is a suggestion.
        allowBlank: true,
        showErrorMessage: field.kind !== 'codes',
        errorStyle: 'stop',
        formulae: [range],
      };
    }
  });
  return workbook;
}

export async function writeRegistrationTemplate(path: string, language: TemplateLanguage): Promise<void> {
  await registrationTemplate(language).xlsx.writeFile(path);
}
