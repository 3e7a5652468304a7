import type { Content } from 'pdfmake';
import {
  BusinessCaseInput,
  evaluateBusinessCase,
} from '@esm-planner/domain-business-case';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatPayback,
  formatPercent,
} from '@esm-planner/shared-util-format';
import { businessCaseDocument, businessCasePdf } from './business-case-pdf';

// The golden case of libs/domain/business-case (docs/domain/business-case.md):
// payback 7.93 months, NPV 1,968,520.64, IRR 686.9 % a year; month 0 is the
// one-time costs, -(120,000 + 15,000) = -135,000.
const GOLDEN: BusinessCaseInput = {
  loadedHourlyCost: 55,
  oneTimeCosts: 120_000,
  changeManagementCost: 15_000,
  monthlyPlatformCost: 9_000,
  monthlyCoeCost: 6_000,
  departments: [
    {
      kind: 'IT',
      name: 'IT',
      monthlyVolume: 4_000,
      handlingMinutes: 12,
      goLiveMonth: 3,
    },
    {
      kind: 'HR',
      name: 'HR',
      monthlyVolume: 4_220,
      handlingMinutes: 18,
      goLiveMonth: 6,
    },
    {
      kind: 'FINANCE',
      name: 'Finance',
      monthlyVolume: 2_000,
      handlingMinutes: 25,
      goLiveMonth: 9,
    },
  ],
};
const result = evaluateBusinessCase({
  input: { ...GOLDEN, monteCarloRuns: 0 },
});
const finance = {
  name: 'Golden',
  audience: 'finance' as const,
  currency: 'GBP',
  version: 3,
  savedAt: '2026-03-02T10:15:00Z',
  timeZone: 'UTC',
  input: GOLDEN,
  sources: {},
  result,
};

/** Every string the document prints, in order: texts, list items and table cells. */
function printed(content: unknown): string[] {
  if (typeof content === 'string' || typeof content === 'number')
    return [String(content)];
  if (Array.isArray(content)) return content.flatMap(printed);
  if (content && typeof content === 'object') {
    const node = content as {
      text?: unknown;
      ul?: unknown;
      table?: { body: unknown[][] };
      stack?: unknown;
    };
    return [
      ...printed(node.text),
      ...printed(node.ul),
      ...printed(node.stack),
      ...(node.table ? node.table.body.flatMap(printed) : []),
    ];
  }
  return [];
}

/** The rows of the first table under the heading `title`. */
function tableAfter(content: Content[], index: number): string[][] {
  const table = content
    .slice(index)
    .find(
      (node) => typeof node === 'object' && node !== null && 'table' in node,
    ) as { table: { body: { text?: string }[][] } };
  return table.table.body.map((row) =>
    row.map((cell) =>
      typeof cell === 'object' && cell !== null && 'text' in cell
        ? String(cell.text)
        : String(cell),
    ),
  );
}

describe('the Finance PDF speaks as the screen does', () => {
  const doc = businessCaseDocument(finance);
  const content = doc.content as Content[];
  const text = printed(content);

  it('prints money, payback and rates with the dashboard’s own formatting functions', () => {
    // The headline row, cell for cell the case page's figures.
    expect(tableAfter(content, 0)[1]).toEqual([
      formatPayback(result.paybackMonths),
      formatMoney(result.npv, 'GBP'),
      formatPercent(result.irr),
      formatPercent(result.roi),
      'faster',
    ]);
    // Known answers, worked by hand above: what the case page shows for the golden case.
    expect(tableAfter(content, 0)[1].slice(0, 2)).toEqual([
      '7.9 months',
      '£1,968,521',
    ]);
    // The cash flow's month 0, as the Monthly cash flow table on screen prints it.
    const cashFlow = tableAfter(
      content,
      content.findIndex((node) =>
        printed(node).some((t) => t.startsWith('Cash flow')),
      ),
    );
    expect(cashFlow[1]).toEqual([
      '0',
      '£0',
      '£135,000',
      '-£135,000',
      '-£135,000',
      '-£135,000',
    ]);
    expect(cashFlow[1][3]).toBe(formatMoney(result.monthly[0].net, 'GBP'));
  });

  it('prints the saved date as the case page does', () => {
    expect(text).toContain(
      `Business case — Finance view. Version 3, saved ${formatDate(finance.savedAt)}.`,
    );
    expect(formatDate(finance.savedAt)).toBe('2 Mar 2026');
  });

  it('prints the organisation’s day of a save near midnight, the day the case page shows', () => {
    // Saved at 23:30 UTC on 1 March: in Berlin (UTC+1) that is 00:30 on 2 March.
    // The case page shows "2 Mar 2026, 00:30" (the organisation's zone); the
    // PDF printed the UTC day, 1 March, before.
    const berlin = {
      ...finance,
      savedAt: '2026-03-01T23:30:00Z',
      timeZone: 'Europe/Berlin',
    };
    const screen = formatDateTime(berlin.savedAt, berlin.timeZone);
    expect(screen).toBe('2 Mar 2026, 00:30');
    const printedHere = printed(businessCaseDocument(berlin).content);
    expect(printedHere).toContain(
      'Business case — Finance view. Version 3, saved 2 Mar 2026.',
    );
    expect(screen.startsWith('2 Mar 2026')).toBe(true);
    // New York (UTC-5) at 03:00 UTC on 2 March is still 1 March, 22:00.
    const newYork = {
      ...finance,
      savedAt: '2026-03-02T03:00:00Z',
      timeZone: 'America/New_York',
    };
    expect(formatDateTime(newYork.savedAt, newYork.timeZone)).toBe(
      '1 Mar 2026, 22:00',
    );
    expect(printed(businessCaseDocument(newYork).content)).toContain(
      'Business case — Finance view. Version 3, saved 1 Mar 2026.',
    );
    // The money beside it is the screen's too, in the organisation's currency: the
    // golden case's NPV, 1,968,520.64 rounded to whole pounds.
    expect(
      tableAfter(businessCaseDocument(berlin).content as Content[], 0)[1][1],
    ).toBe(formatMoney(result.npv, 'GBP'));
    expect(formatMoney(result.npv, 'GBP')).toBe('£1,968,521');
  });

  it('shows no code, field name or spreadsheet-style number', () => {
    const all = text.join('\n');
    expect(all).not.toMatch(
      /\bGBP\b|FASTER|WITHIN|SLOWER|\bFINANCE\b|ENTERED|DEFAULT|loadedHourlyCost|monthlyVolume|\d %/,
    );
    // The assumptions in the case page's words, money as money and rates as percentages.
    const assumptions = tableAfter(
      content,
      content.findIndex((node) =>
        printed(node).includes('Assumptions and their sources'),
      ),
    );
    expect(assumptions).toContainEqual([
      'Loaded hourly cost',
      '£55',
      'per agent hour',
      'Entered',
    ]);
    expect(
      assumptions.find((row) => row[0] === 'Finance: Target deflection'),
    ).toEqual([
      'Finance: Target deflection',
      expect.stringMatching(/^\d+\.\d%$/),
      'of requests',
      'Benchmark',
    ]);
    expect(assumptions).toContainEqual([
      'HR: Requests a month',
      '4,220',
      'requests per month',
      'Entered',
    ]);
  });

  it('renders as a one-page PDF', async () => {
    const pdf = await businessCasePdf(finance);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});
