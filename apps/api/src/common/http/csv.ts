import { Stringifier, stringify } from 'csv-stringify';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some spreadsheets skip before looking for one): OWASP « CSV Injection ».
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must show it: one starting like a formula gets a leading `'`, so
 * that an agent's summary `=HYPERLINK(…)` stays text in the supervisor's Excel.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Every CSV export of Vigie: UTF-8 with BOM, `;` separated (opens in French Excel), French
 * headers, every text cell neutralised. Write rows as arrays in the order of `columns`.
 */
export function frenchExcelCsv(columns: string[]): Stringifier {
  return stringify({
    delimiter: ';',
    bom: true,
    header: true,
    columns,
    cast: { string: neutraliseCell },
  });
}
