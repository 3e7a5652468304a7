import { BusinessCaseResult } from '@esm-planner/domain-business-case';
import { whole } from './pdf-document';

// Charts as SVG text that pdfmake draws: nothing to render in a browser.

/** The cumulative cash flow as a small SVG line with the zero line and the 14–22-month band. */
export function paybackSvg(
  result: BusinessCaseResult,
  width = 500,
  height = 150,
): string {
  const values = result.monthly.map((m) => m.cumulative);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const horizon = Math.max(1, values.length - 1);
  const x = (m: number) => 40 + (m / horizon) * (width - 50);
  const y = (v: number) =>
    10 + (1 - (v - min) / (max - min || 1)) * (height - 30);
  const band =
    horizon >= 14
      ? `<rect x="${x(14)}" y="10" width="${x(Math.min(22, horizon)) - x(14)}" height="${height - 30}" fill="#e8eef7"/>`
      : '';
  const line = values
    .map((v, m) => `${x(m).toFixed(1)},${y(v).toFixed(1)}`)
    .join(' ');
  const payback =
    result.paybackMonths === null
      ? ''
      : `<line x1="${x(result.paybackMonths)}" x2="${x(result.paybackMonths)}" y1="10" y2="${height - 20}" stroke="#1b7f3b" stroke-dasharray="3,2"/>`;
  return `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${band}
<line x1="40" x2="${width - 10}" y1="${y(0)}" y2="${y(0)}" stroke="#888"/>${payback}
<polyline points="${line}" fill="none" stroke="#1f4e99" stroke-width="2"/>
<text x="40" y="${height - 5}" font-size="9">month 0</text><text x="${width - 60}" y="${height - 5}" font-size="9">month ${horizon}</text></svg>`;
}

/** Hours returned per department as horizontal bars. */
export function hoursSvg(
  rows: readonly { label: string; hours: number }[],
  width = 500,
): string {
  const top = Math.max(1, ...rows.map((r) => r.hours));
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * 22;
      const w = (r.hours / top) * (width - 190);
      return `<text x="0" y="${y + 12}" font-size="9">${r.label.replace(/[<&>]/g, '')}</text><rect x="100" y="${y}" width="${w.toFixed(1)}" height="15" fill="#1f4e99"/><text x="${(104 + w).toFixed(1)}" y="${y + 12}" font-size="9">${whole(r.hours)} h</text>`;
    })
    .join('');
  return `<svg width="${width}" height="${rows.length * 22 + 8}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}
