import { attachment } from './content-disposition';
import { csvCell } from './csv-cell';
import { CsvColumn, UTF8_BOM, writeCsv } from './csv-table';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded', '" padded"'],
    ['Ünïcödé – ok', 'Ünïcödé – ok'],
  ])('quotes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['=1,2', `"'=1,2"`],
  ])('neutralises the formula %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers, booleans and empties as is, and a list as one cell', () => {
    expect([csvCell(42), csvCell(0.5), csvCell(false), csvCell(null), csvCell(undefined)]).toEqual(['42', '0.5', 'false', '', '']);
    expect(csvCell([1, 2, 23])).toBe('1; 2; 23');
    expect(csvCell(['10.7', '8.8'])).toBe('10.7; 8.8');
    expect(csvCell([])).toBe('');
  });
});

describe('writeCsv', () => {
  const columns: CsvColumn<{ name: string; n: number }>[] = [
    { header: 'Name', hxl: '#org+name', value: (r) => r.name },
    { header: 'Count', hxl: '#indicator+num', value: (r) => r.n },
  ];

  it('starts with a BOM, a header row and the HXL row, with CRLF line ends', () => {
    expect(writeCsv(columns, [{ name: 'Naga City, PH', n: 3 }])).toBe(`${UTF8_BOM}Name,Count\r\n#org+name,#indicator+num\r\n"Naga City, PH",3\r\n`);
  });

  it('writes only the two header rows when nothing matches', () => {
    expect(writeCsv(columns, [])).toBe(`${UTF8_BOM}Name,Count\r\n#org+name,#indicator+num\r\n`);
  });
});

describe('attachment', () => {
  it('keeps a safe file name and strips anything that could break the header', () => {
    expect(attachment('accord-commitments-2026-11-28.csv')).toBe('attachment; filename="accord-commitments-2026-11-28.csv"');
    expect(attachment('a"b\r\nX-Evil: 1.csv')).toBe('attachment; filename="a_b__X-Evil__1.csv"');
  });
});
