import { frenchExcelCsv, neutraliseCell } from './csv';

describe('CSV cells', () => {
  it.each(['=1+1', '+33 6', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x";"y")'])(
    'neutralises %j, which a spreadsheet would read as a formula',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it.each(['Vol de vélo', '12 rue du Bourg', 'a=b', '', "'déjà"])('leaves %j as it is', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  it('writes every text cell of an export neutralised, with a BOM and semicolons', async () => {
    const csv = frenchExcelCsv(['Résumé', 'Adresse']);
    const chunks: string[] = [];
    csv.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const ended = new Promise((resolve) => csv.on('end', resolve));
    csv.write(['=HYPERLINK("http://x";"y")', '-1 rue X']);
    csv.end();
    await ended;
    expect(chunks.join('')).toBe('\ufeffRésumé;Adresse\n"\'=HYPERLINK(""http://x"";""y"")";\'-1 rue X\n');
  });
});
