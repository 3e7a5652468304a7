import { Content } from 'pdfmake';
import {
  BusinessCaseInput,
  departmentHeadViews,
} from '@esm-planner/domain-business-case';
import { hoursSvg } from './business-case-pdf-charts';
import { money, percent, table, whole } from './pdf-document';

/** The department heads' page: the agent hours and benefit each department gets back. */
export function departmentHeadContent(
  input: BusinessCaseInput,
  currency: string,
): Content[] {
  const views = departmentHeadViews({ input });
  const horizon = input.horizonMonths ?? 36;
  return [
    {
      text: 'Agent hours each department gets back over the horizon',
      style: 'h2',
    },
    {
      svg: hoursSvg(
        views.map((v) => ({ label: v.label, hours: v.hoursReturned })),
      ),
    },
    ...views.map((v): Content => ({
      text: `${v.label}: from month ${v.goLiveMonth} (full target from month ${v.fullDeflectionMonth}), about ${whole(v.requestsDeflected)} ${v.unitPlural} resolved without an agent by month ${horizon} — ${whole(v.hoursReturned)} agent hours returned, worth ${money(v.benefit, currency)}.`,
      fontSize: 9,
      margin: [0, 2, 0, 2],
    })),
    {
      text: 'What the programme returns to each department over the horizon',
      style: 'h2',
    },
    table(
      [
        'Department',
        'Per month today',
        'Target deflection',
        'Go-live month',
        'Deflected',
        'Hours returned',
        'Benefit',
      ],
      views.map((v) => [
        v.label,
        `${whole(v.monthlyVolume)} ${v.unitPlural}`,
        percent(v.targetDeflection),
        v.goLiveMonth,
        `${whole(v.requestsDeflected)} ${v.unitPlural}`,
        whole(v.hoursReturned),
        money(v.benefit, currency),
      ]),
    ),
  ];
}
