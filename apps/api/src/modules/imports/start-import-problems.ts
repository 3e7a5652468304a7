import { FieldProblem } from '../../common/app-error';
import { StartImportInput } from './dto/start-import.input';

const MAX_WINDOW_DAYS = 366;

/** Field problems of a startImport input (empty when it can start). */
export function startImportProblems(input: StartImportInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.format !== 'GENERIC' && input.kind !== 'REQUESTS') {
    problems.push({
      field: 'format',
      message: `${input.format} exports are read as request records: use kind REQUESTS, or the GENERIC format for ${input.kind.toLowerCase()} files`,
    });
  }
  const hasText = typeof input.csv === 'string';
  const hasFile = Boolean(input.file);
  if (hasText === hasFile) {
    problems.push({
      field: hasText ? 'file' : 'csv',
      message:
        'give the file either as csv text or as an upload, not both or neither',
    });
  } else if (hasText && input.csv!.trim() === '') {
    problems.push({ field: 'csv', message: 'the file is empty' });
  }
  if (input.kind === 'AUDIT') {
    if (!input.windowStart)
      problems.push({
        field: 'windowStart',
        message: 'an audit needs its window: windowStart is missing',
      });
    if (!input.windowEnd)
      problems.push({
        field: 'windowEnd',
        message: 'an audit needs its window: windowEnd is missing',
      });
    if (input.windowStart && input.windowEnd) {
      const days =
        (Date.parse(input.windowEnd) - Date.parse(input.windowStart)) /
          86_400_000 +
        1;
      if (days < 1)
        problems.push({
          field: 'windowEnd',
          message: `windowEnd ${input.windowEnd} is before windowStart ${input.windowStart}`,
        });
      if (days > MAX_WINDOW_DAYS)
        problems.push({
          field: 'windowEnd',
          message: `an audit window is at most ${MAX_WINDOW_DAYS} days, got ${days}`,
        });
    }
  } else if (input.windowStart || input.windowEnd) {
    problems.push({
      field: input.windowStart ? 'windowStart' : 'windowEnd',
      message: 'only AUDIT imports take a window',
    });
  }
  (input.departmentMapping ?? []).forEach((mapping, index) => {
    if (!mapping.source.trim() || !mapping.department.trim()) {
      problems.push({
        field: `departmentMapping[${index}]`,
        message: 'a department mapping needs both source and department',
      });
    }
  });
  return problems;
}
