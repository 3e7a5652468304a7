import { DocumentDefinition } from 'pdfmake';
import {
  AssumptionSources,
  BusinessCaseInput,
  BusinessCaseResult,
} from '@esm-planner/domain-business-case';
import { formatDayOf } from '@esm-planner/shared-util-format';
import { cioContent } from './cio-pdf-content';
import { departmentHeadContent } from './department-head-pdf-content';
import { financeContent } from './finance-pdf-content';
import { pdfPage, renderPdf } from './pdf-document';

export const AUDIENCES = ['cio', 'department-head', 'finance'] as const;
export type Audience = (typeof AUDIENCES)[number];

const TITLES: Record<Audience, string> = {
  cio: 'CIO',
  'department-head': 'Department heads',
  finance: 'Finance',
};

export type BusinessCasePdfArgs = {
  name: string;
  audience: Audience;
  currency: string;
  /** The saved version and when it was saved (ISO instant), as the case page says them. */
  version: number;
  savedAt: string;
  /** The organisation's time zone: the saved day is its day, the one the case page shows. */
  timeZone: string;
  input: BusinessCaseInput;
  sources: AssumptionSources;
  result: BusinessCaseResult;
};

/** The document of one audience's PDF (pdfmake's definition, which tests read). */
export function businessCaseDocument({
  name,
  audience,
  currency,
  version,
  savedAt,
  timeZone,
  input,
  sources,
  result,
}: BusinessCasePdfArgs): DocumentDefinition {
  const body =
    audience === 'cio'
      ? cioContent(input, result, currency)
      : audience === 'finance'
        ? financeContent(input, sources, result, currency)
        : departmentHeadContent(input, currency);
  const warnings = result.warnings.map((w) => `• ${w.message}`).join('\n');
  return pdfPage(`${name} — ${TITLES[audience]}`, [
    { text: name, style: 'h1' },
    {
      text: `Business case — ${TITLES[audience]} view. Version ${version}, saved ${formatDayOf(savedAt, timeZone)}.`,
      margin: [0, 0, 0, 8],
    },
    ...body,
    ...(warnings
      ? [
          { text: 'Warnings', style: 'h2' },
          { text: warnings, fontSize: 8 },
        ]
      : []),
  ]);
}

/** A one-page A4 PDF of the case for one audience. */
export async function businessCasePdf(
  args: BusinessCasePdfArgs,
): Promise<Buffer> {
  return renderPdf(businessCaseDocument(args));
}
