import { csvCell, CsvValue } from './csv-cell';

/** One column of an export: its header, its HXL hashtag (https://hxlstandard.org) and how to read it. */
export interface CsvColumn<Row> {
  header: string;
  hxl: string;
  value(row: Row): CsvValue;
}

/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
const EOL = '\r\n';

const line = (cells: CsvValue[]) => cells.map(csvCell).join(',') + EOL;

/** The header row and the HXL hashtag row: HXL tools read the second row as the column tags. */
export function csvHead<Row>(columns: readonly CsvColumn<Row>[]): string {
  return UTF8_BOM + line(columns.map((c) => c.header)) + line(columns.map((c) => c.hxl));
}

export function csvRows<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return rows.map((r) => line(columns.map((c) => c.value(r)))).join('');
}

export function writeCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return csvHead(columns) + csvRows(columns, rows);
}
