import { Content } from 'pdfmake';
import {
  BusinessCaseInput,
  BusinessCaseResult,
  cioView,
} from '@esm-planner/domain-business-case';
import { paybackSvg } from './business-case-pdf-charts';
import { headline } from './business-case-pdf-headline';
import { figuresRow, money, months, table } from './pdf-document';

/** The CIO's page: the headline, the cash flow, the platform cost and what each department adds. */
export function cioContent(
  input: BusinessCaseInput,
  result: BusinessCaseResult,
  currency: string,
): Content[] {
  const view = cioView({ input });
  return [
    headline(result, currency),
    {
      text: 'Cumulative cash flow (band: the 14–22 months cloud ESM typically reports)',
      style: 'h2',
    },
    { svg: paybackSvg(result) },
    { text: 'Platform cost', style: 'h2' },
    figuresRow([
      ['Platform / month', money(view.monthlyPlatformCost, currency)],
      ['CoE / month', money(view.monthlyCoeCost, currency)],
      ['Running / month', money(view.monthlyRunningCost, currency)],
      ['One-time', money(view.oneTimeCosts, currency)],
      ['Change management', money(view.changeManagementCost, currency)],
    ]),
    {
      text: 'What each department adds (platform costs are programme-level: marginal cost 0)',
      style: 'h2',
    },
    table(
      ['Department', 'Marginal benefit', 'Marginal NPV', 'Payback without it'],
      view.departments.map((d) => [
        d.label,
        money(d.marginalBenefit, currency),
        money(d.marginalNpv, currency),
        months(d.paybackWithout),
      ]),
    ),
  ];
}
