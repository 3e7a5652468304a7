import { canDownloadCaseFiles, canWriteBusinessCases } from './case-access';

describe(canWriteBusinessCases.name, () => {
  it.each([
    [null, true],
    ['ADMIN', true],
    ['EXECUTIVE', true],
    ['COE', false],
    ['DEPARTMENT_HEAD', false],
    ['VIEWER', false],
    [undefined, false],
  ] as const)('%s → %s', (role, expected) => {
    expect(canWriteBusinessCases(role)).toBe(expected);
  });
});

describe(canDownloadCaseFiles.name, () => {
  it.each([
    [null, true],
    ['ADMIN', true],
    ['EXECUTIVE', true],
    ['COE', true],
    ['VIEWER', true],
    ['DEPARTMENT_HEAD', false],
    [undefined, false],
  ] as const)('%s → %s', (role, expected) => {
    expect(canDownloadCaseFiles(role)).toBe(expected);
  });
});
