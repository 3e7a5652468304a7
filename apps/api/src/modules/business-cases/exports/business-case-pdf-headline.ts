import { Content } from 'pdfmake';
import { BusinessCaseResult } from '@esm-planner/domain-business-case';
import {
  BENCHMARK_POSITION_LABELS,
  labelOf,
} from '@esm-planner/shared-util-format';
import { money, months, percent, table } from './pdf-document';

/** Payback, NPV, IRR and ROI in one row: what the CIO and finance pages open with. */
export function headline(
  result: BusinessCaseResult,
  currency: string,
): Content {
  return table(
    ['Payback', 'NPV', 'IRR (annual)', 'ROI', 'Against 14–22 months'],
    [
      [
        months(result.paybackMonths),
        money(result.npv, currency),
        percent(result.irr),
        percent(result.roi),
        labelOf(BENCHMARK_POSITION_LABELS, result.benchmarkPayback.position),
      ],
    ],
  );
}
