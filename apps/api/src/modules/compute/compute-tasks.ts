import {
  AssumptionSources,
  BusinessCaseInput,
  BusinessCaseInputError,
  cioView,
  departmentHeadViews,
  evaluateBusinessCase,
  financeView,
  mergeSortedSamples,
  MonteCarloSamples,
  monteCarloSamples,
  monthlyCashFlow,
  sortedSamplesSummary,
  sortSamples,
  validCaseModel,
  ValueRealisation,
} from '@esm-planner/domain-business-case';
import type { Audience } from '../business-cases/exports/business-case-pdf';
import {
  ImportFileError,
  SourceRecord,
} from '../imports/readers/source-record';

/**
 * The case as the exports show it: validated as it is (runs included), but
 * evaluated without Monte Carlo, which neither the workbook nor the PDFs
 * show — the most expensive part of a large case, skipped.
 */
function evaluateForExport(input: BusinessCaseInput) {
  validCaseModel({ input });
  return evaluateBusinessCase({ input: { ...input, monteCarloRuns: 0 } });
}

/**
 * The CPU-heavy work the API hands to its worker threads (compute-pool.ts):
 * each takes and returns plain data (structured-cloned between threads).
 */
export const COMPUTE_TASKS = {
  /** Answers once a thread has loaded (ComputePool.ready). */
  ping: () => true,
  evaluate: ({ input }: { input: BusinessCaseInput }) =>
    evaluateBusinessCase({ input }),
  /**
   * Runs firstRun … firstRun + runs − 1 of the case's Monte Carlo (one slice
   * of a split evaluation), sorted here so the threads share the sorting.
   */
  monteCarloSlice: ({
    input,
    firstRun,
    runs,
  }: {
    input: BusinessCaseInput;
    firstRun: number;
    runs: number;
  }) => {
    const model = validCaseModel({ input });
    return sortSamples(
      monteCarloSamples({ model, seed: model.seed, firstRun, runs }),
    );
  },
  /** The Monte Carlo result of every slice's sorted samples together (merged, not sorted again). */
  monteCarloSummary: ({
    seed,
    slices,
  }: {
    seed: number;
    slices: MonteCarloSamples[];
  }) => sortedSamplesSummary({ seed, ...mergeSortedSamples(slices) }),
  cioView: ({ input }: { input: BusinessCaseInput }) => cioView({ input }),
  departmentHeadViews: ({ input }: { input: BusinessCaseInput }) =>
    departmentHeadViews({ input }),
  financeView: ({
    input,
    sources,
  }: {
    input: BusinessCaseInput;
    sources: AssumptionSources;
  }) => financeView({ input, sources }),
  /** The case's workbook, evaluated in the same thread. */
  // ExcelJS and pdfmake are loaded by the first task that needs them, so a
  // thread that only runs the model starts in a fraction of the time.
  businessCaseXlsx: async ({
    name,
    input,
    sources,
    actuals,
  }: {
    name: string;
    input: BusinessCaseInput;
    sources: AssumptionSources;
    /** The case measured against its actuals (domain §9), for the Actuals sheet; null leaves the sheet out. */
    actuals?: {
      input: BusinessCaseInput;
      value: ValueRealisation;
      version: number;
    } | null;
  }) => {
    const { businessCaseWorkbook } =
      await import('../business-cases/exports/business-case-workbook');
    const result = evaluateForExport(input);
    const book = businessCaseWorkbook({ name, input, sources, result });
    if (actuals) {
      const { addActualsSheet } =
        await import('../business-cases/exports/value-realisation-sheet');
      addActualsSheet(book, actuals);
    }
    return new Uint8Array(await book.xlsx.writeBuffer());
  },
  /** The one-page value report (domain §9) of a measured case, with the case's own cash flow beside it. */
  valueReportPdf: async ({
    input,
    ...args
  }: {
    name: string;
    currency: string;
    version: number;
    value: ValueRealisation;
    input: BusinessCaseInput;
  }) => {
    const { valueReportPdf } =
      await import('../business-cases/exports/value-report-pdf');
    const planned = monthlyCashFlow({ model: validCaseModel({ input }) });
    return new Uint8Array(await valueReportPdf({ ...args, planned }));
  },
  /** One audience's PDF of the case, evaluated in the same thread. */
  businessCasePdf: async (args: {
    name: string;
    audience: Audience;
    currency: string;
    version: number;
    savedAt: string;
    timeZone: string;
    input: BusinessCaseInput;
    sources: AssumptionSources;
  }) => {
    const { businessCasePdf } =
      await import('../business-cases/exports/business-case-pdf');
    const result = evaluateForExport(args.input);
    return new Uint8Array(await businessCasePdf({ ...args, result }));
  },
  /** Every record of the first worksheet of a staged XLSX file (checked first: see xlsx-zip-checks.ts). */
  readXlsx: async ({ path }: { path: string }): Promise<SourceRecord[]> => {
    const { readXlsxFile } = await import('../imports/readers/xlsx-records');
    const records: SourceRecord[] = [];
    for await (const record of readXlsxFile(path)) records.push(record);
    return records;
  },
} as const;

export type ComputeTasks = typeof COMPUTE_TASKS;
export type ComputeTask = keyof ComputeTasks;
export type TaskArgs<K extends ComputeTask> = Parameters<ComputeTasks[K]>[0];
export type TaskResult<K extends ComputeTask> = Awaited<
  ReturnType<ComputeTasks[K]>
>;

/** Errors with a meaning for the caller, carried across the thread boundary as data. */
export type TaskError =
  | { kind: 'input'; problems: BusinessCaseInputError['problems'] }
  | { kind: 'file'; message: string; line: number | null }
  | { kind: 'unexpected'; message: string; stack?: string };

export type TaskOutcome<T> =
  { ok: true; value: T } | { ok: false; error: TaskError };

export function taskError(error: unknown): TaskError {
  if (error instanceof BusinessCaseInputError)
    return { kind: 'input', problems: error.problems };
  if (error instanceof ImportFileError)
    return { kind: 'file', message: error.message, line: error.line };
  return {
    kind: 'unexpected',
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  };
}

/** Runs one task in the current thread (the worker's entry calls it). */
export async function runTask<K extends ComputeTask>(
  task: K,
  args: TaskArgs<K>,
): Promise<TaskOutcome<TaskResult<K>>> {
  try {
    const run = COMPUTE_TASKS[task] as (
      args: TaskArgs<K>,
    ) => TaskResult<K> | Promise<TaskResult<K>>;
    return { ok: true, value: await run(args) };
  } catch (error) {
    return { ok: false, error: taskError(error) };
  }
}
