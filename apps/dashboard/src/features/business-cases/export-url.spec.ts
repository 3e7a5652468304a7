import { caseFileStem, exportUrl } from './export-url';

describe(exportUrl.name, () => {
  it('puts the file next to /graphql, with its query', () => {
    expect(
      exportUrl(
        'abc/value-report.pdf?asOf=2026-09-20',
        '/graphql',
        'https://esm.example',
      ),
    ).toBe(
      'https://esm.example/exports/business-cases/abc/value-report.pdf?asOf=2026-09-20',
    );
    expect(
      exportUrl(
        'abc.xlsx',
        'https://api.example/base/graphql',
        'https://esm.example',
      ),
    ).toBe('https://api.example/base/exports/business-cases/abc.xlsx');
  });
});

describe(caseFileStem.name, () => {
  it('keeps letters and digits, joined by dashes', () => {
    expect(caseFileStem('Northwind ESM expansion — 36 months')).toBe(
      'northwind-esm-expansion-36-months',
    );
    expect(caseFileStem('***')).toBe('business-case');
  });
});
