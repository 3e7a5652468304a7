import type {
  BusinessCaseResult,
  ValueRealisation,
} from '@esm-planner/domain-business-case';
import { formatMoneyCompact } from '@esm-planner/shared-util-format';

// Text put into the SVG is escaped so that it cannot break the markup.
const escapeXml = (text: string) =>
  text.replace(
    /[<&>"]/g,
    (c) => ({ '<': '&lt;', '&': '&amp;', '>': '&gt;', '"': '&quot;' })[c]!,
  );

/**
 * Planned and realised benefit per month (bars) over the planned and
 * forecast cumulative cash flow (lines), both payback points marked: the
 * dashboard's Actuals chart as a static SVG.
 */
export function realisationSvg(
  value: ValueRealisation,
  planned: BusinessCaseResult['monthly'],
  width = 520,
  height = 210,
  currency = '',
): string {
  const horizon = Math.max(1, value.months.length - 1);
  const left = 52;
  const plot = width - left - 8;
  const x = (m: number) => left + (m / horizon) * plot;
  const barsTop = 14;
  const barsHeight = 62;
  const linesTop = barsTop + barsHeight + 22;
  const linesHeight = height - linesTop - 16;
  const top = Math.max(
    1,
    ...value.months.map((m) =>
      Math.max(m.plannedBenefit, m.realisedBenefit ?? 0),
    ),
  );
  const cumulative = [
    ...value.months.map((m) => m.forecastCumulative),
    ...planned.map((m) => m.cumulative),
    0,
  ];
  const low = Math.min(...cumulative);
  const high = Math.max(...cumulative);
  const yLine = (v: number) =>
    linesTop + (1 - (v - low) / (high - low || 1)) * linesHeight;
  const barWidth = Math.max(0.6, (plot / horizon) * 0.4);
  const bars = value.months
    .filter((m) => m.month > 0)
    .map((m) => {
      const h = (v: number) => (v / top) * barsHeight;
      const x0 = x(m.month - 1) + (plot / horizon) * 0.1;
      const realised =
        m.realisedBenefit === null
          ? ''
          : `<rect x="${(x0 + barWidth).toFixed(1)}" y="${(barsTop + barsHeight - h(m.realisedBenefit)).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h(m.realisedBenefit).toFixed(1)}" fill="#1f5bd1"/>`;
      return `<rect x="${x0.toFixed(1)}" y="${(barsTop + barsHeight - h(m.plannedBenefit)).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h(m.plannedBenefit).toFixed(1)}" fill="#a9bde8"/>${realised}`;
    })
    .join('');
  const line = (points: { month: number; v: number }[]) =>
    points
      .map((p) => `${x(p.month).toFixed(1)},${yLine(p.v).toFixed(1)}`)
      .join(' ');
  const mark = (
    months: number | null,
    color: string,
    label: string,
    anchor: 'start' | 'end',
  ) =>
    months === null
      ? ''
      : `<line x1="${x(months).toFixed(1)}" x2="${x(months).toFixed(1)}" y1="${linesTop}" y2="${linesTop + linesHeight}" stroke="${color}" stroke-dasharray="3,2"/>` +
        `<text x="${(x(months) + (anchor === 'start' ? 3 : -3)).toFixed(1)}" y="${linesTop + 9}" font-size="8" fill="${color}" text-anchor="${anchor}">${escapeXml(label)} ${months.toFixed(1)}</text>`;
  const plannedFirst =
    (value.plannedPaybackMonths ?? 0) <=
    (value.forecastPaybackMonths ?? Infinity);
  const measured =
    value.completeMonths > 0
      ? `<line x1="${x(value.completeMonths).toFixed(1)}" x2="${x(value.completeMonths).toFixed(1)}" y1="${barsTop}" y2="${linesTop + linesHeight}" stroke="#525d6b" stroke-width="0.5"/>`
      : '';
  return `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<text x="${left}" y="9" font-size="8" fill="#525d6b">Benefit each month: planned (light), realised (dark)</text>${bars}
<line x1="${left}" x2="${width - 8}" y1="${barsTop + barsHeight}" y2="${barsTop + barsHeight}" stroke="#888"/>
<text x="${left}" y="${linesTop - 4}" font-size="8" fill="#525d6b">Cumulative cash flow: planned (dashed), forecast from the actuals (solid)</text>
<line x1="${left}" x2="${width - 8}" y1="${yLine(0).toFixed(1)}" y2="${yLine(0).toFixed(1)}" stroke="#888"/>${measured}
<polyline points="${line(planned.map((m) => ({ month: m.month, v: m.cumulative })))}" fill="none" stroke="#525d6b" stroke-width="1.5" stroke-dasharray="4,3"/>
<polyline points="${line(value.months.map((m) => ({ month: m.month, v: m.forecastCumulative })))}" fill="none" stroke="#b54708" stroke-width="2"/>
${mark(value.plannedPaybackMonths, '#525d6b', 'plan', plannedFirst ? 'end' : 'start')}${mark(value.forecastPaybackMonths, '#b54708', 'forecast', plannedFirst ? 'start' : 'end')}
${axisLabel(left - 3, barsTop + 3, top, currency)}${axisLabel(left - 3, barsTop + barsHeight + 3, 0, currency)}${axisLabel(left - 3, yLine(0) + 3, 0, currency)}${axisLabel(left - 3, yLine(high) + 3, high, currency)}${yLine(low) - yLine(0) > 10 ? axisLabel(left - 3, yLine(low) + 3, low, currency) : ''}
<text x="${left}" y="${height - 3}" font-size="8">month 0</text><text x="${width - 50}" y="${height - 3}" font-size="8">month ${horizon}</text></svg>`;
}

// A short amount beside the chart: "£200k", "-£1.2m"; without a currency, the number alone.
function shortAmount(amount: number, currency: string): string {
  return currency
    ? formatMoneyCompact(amount, currency)
    : new Intl.NumberFormat('en-GB', {
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(amount);
}

function axisLabel(
  x: number,
  y: number,
  amount: number,
  currency: string,
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="7" fill="#525d6b" text-anchor="end">${escapeXml(shortAmount(amount, currency))}</text>`;
}
