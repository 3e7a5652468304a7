import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
} from './support/browser';
import {
  DEMO,
  demoToken,
  graphql as graphqlAs,
  signInAsDemo,
} from './support/demo-session';
import { RunningApp, startBuiltApp } from './support/running-app';

const FACILITIES_FILE = join(
  __dirname,
  '../../fixtures/facilities-work-orders.csv',
);
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** `03/22/2026 01:24:00 PM` as minutes on the wall clock, to compare two times of the file. */
function wallClockMinutes(text: string): number {
  const [, month, day, year, hour, minute, half] =
    /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):\d{2} (AM|PM)$/.exec(text)!;
  const hours = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
  return (
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      hours,
      Number(minute),
    ) / 60_000
  );
}

/** The lines of the file a person would call broken: closed before they were opened. Counted here, from the file. */
function closedBeforeOpened(csv: string): number[] {
  const lines = csv.trimEnd().split('\n');
  const broken: number[] = [];
  lines.slice(1).forEach((line, index) => {
    const [, created, closed] = line.split(',');
    if (closed && wallClockMinutes(closed) < wallClockMinutes(created))
      broken.push(index + 2);
  });
  return broken;
}

describeInBrowser('building a column mapping in the import wizard', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let token: string;
  let organizationId: string;
  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAs<T>(app, token, query, variables);

  /** The page at both sizes: nothing wider than a phone, a screenshot of each. */
  async function shoot(name: string): Promise<void> {
    await screenshot(page, `wizard-${name}-1280`);
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(400); // the navigation drawer slides away
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, `wizard-${name}-390`);
    await page.setViewportSize(DESKTOP);
  }

  const next = async (label: string) => {
    await page.getByRole('button', { name: `Next: ${label}` }).click();
    await page
      .getByRole('heading', { name: new RegExp(`: ${label}$`) })
      .waitFor();
  };

  beforeAll(async () => {
    app = await startBuiltApp({
      DEMO_PASSWORD: DEMO.password,
      SEED_DEMO: 'true',
    });
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: DESKTOP, acceptDownloads: true })
    ).newPage();
    token = await demoToken(app);
    organizationId = (
      await graphql<{ organizations: { id: string }[] }>(
        '{ organizations { id } }',
      )
    ).organizations[0].id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('previews the file, suggests its columns and maps its values', async () => {
    await signInAsDemo(page, app);
    await page.goto(`${app.url}/organizations/${organizationId}/imports`);
    await page.getByLabel('Kind of data').selectOption('REQUESTS');
    await page
      .getByLabel('Format')
      .selectOption({ label: 'Another layout: build a column mapping…' });
    await page.getByLabel('File to import').setInputFiles(FACILITIES_FILE);
    await shoot('1-file');
    await page.getByRole('button', { name: 'Next: look at the file' }).click();

    // Preview: the first rows under the headers as a mapping names them.
    const sample = page.getByTestId('sample-table');
    await sample.waitFor({ timeout: 20000 });
    await expect(sample.locator('thead th').allTextContents()).resolves.toEqual(
      [
        'Line',
        'WO Number',
        'Created (local)',
        'Closed (local)',
        'Trade',
        'Requested Via',
        'Met Target',
        'Status',
        'Building',
        'Notes',
        'Notes (2)',
        'Labour Minutes',
      ],
    );
    await page.getByText('The file has 4,000 rows and 11 columns.').waitFor();
    await shoot('2-preview');

    // Columns: the headers' likeness has bound most fields; the rest by hand.
    await next('Columns');
    await expect(page.getByLabel('Request id').inputValue()).resolves.toBe(
      'column:WO Number',
    );
    await expect(page.getByLabel('Opened at').inputValue()).resolves.toBe(
      'column:Created (local)',
    );
    await expect(page.getByLabel('Channel').inputValue()).resolves.toBe(
      'column:Requested Via',
    );
    await page
      .getByLabel('Department', { exact: true })
      .selectOption({ label: 'One value for every row…' });
    await page.getByLabel('Department: value for every row').fill('Facilities');
    await page
      .getByLabel('Resolution (optional)')
      .selectOption('column:Status');
    await shoot('3-columns');

    // Values: each column's values with counts; the wizard's guesses, and one changed by hand.
    await next('Values');
    const channel = page.getByTestId('values-channel');
    await channel.waitFor({ timeout: 20000 });
    await expect(channel.locator('tbody tr').count()).resolves.toBe(6);
    await expect(
      channel.getByRole('row', { name: /Phone call/ }).innerText(),
    ).resolves.toContain('1,205');
    await expect(
      page.getByLabel('Channel for “Phone call”').inputValue(),
    ).resolves.toBe('PHONE');
    await expect(
      page.getByLabel('Channel for “Walk-in desk”').inputValue(),
    ).resolves.toBe('WALK_UP');
    await page
      .getByLabel('Channel for “Kiosk”')
      .selectOption({ label: 'Portal' });
    await expect(
      page.getByLabel('Resolution for “Completed”').inputValue(),
    ).resolves.toBe('AGENT');
    await expect(
      page.getByLabel('SLA met for “N/A”').inputValue(),
    ).resolves.toBe('\u0000missing');
    await shoot('4-values');

    // Dates: the US 12-hour format, guessed and read live.
    await next('Dates');
    await expect(page.getByLabel('Date format').inputValue()).resolves.toBe(
      'MM/dd/yyyy hh:mm:ss a',
    );
    const opened = page.getByTestId('dates-Created (local)');
    await opened.waitFor({ timeout: 20000 });
    await expect(opened.locator('caption').innerText()).resolves.toMatch(
      /[\d,]+ different values checked, all read$/,
    );
    await shoot('5-dates');

    await next('Event log');
    await expect(
      page
        .getByLabel('Each row is one event of a request (an event log)')
        .isChecked(),
    ).resolves.toBe(false);
    await shoot('6-event-log');
    // The keyboard reaches Next and presses it.
    await page.getByRole('button', { name: 'Next: Save and check' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /: Save and check$/ }).waitFor();
  });

  it('saves the mapping, dry-runs it, imports with invalid rows skipped and lists them', async () => {
    await page.getByLabel('Name of the mapping').fill('Facilities work orders');
    await page.getByLabel('Skip invalid rows').check();
    await page.getByRole('button', { name: 'Dry run' }).click();
    await page
      .getByRole('heading', { name: 'Dry run finished: nothing was stored' })
      .waitFor({ timeout: 60000 });
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Saved as “Facilities work orders”.' })
        .count(),
    ).resolves.toBe(1);
    const expected = closedBeforeOpened(readFileSync(FACILITIES_FILE, 'utf8'));
    expect(expected.length).toBeGreaterThan(0);
    await expect(
      page.getByTestId('report-rows-skipped').innerText(),
    ).resolves.toContain(String(expected.length));
    await shoot('7-dry-run');

    const { columnMappings } = await graphql<{
      columnMappings: { id: string; name: string }[];
    }>('query($id: ID!) { columnMappings(organizationId: $id) { id name } }', {
      id: organizationId,
    });
    expect(columnMappings.map((mapping) => mapping.name)).toContain(
      'Facilities work orders',
    );

    // The import itself: progress to the end, then the report.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByRole('heading', { name: 'Import succeeded' })
      .waitFor({ timeout: 60000 });
    await expect(
      page.getByTestId('report-rows-read').innerText(),
    ).resolves.toContain('4,000');
    await expect(
      page.getByTestId('report-rows-skipped').innerText(),
    ).resolves.toContain(String(expected.length));
    await shoot('8-report');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download skipped rows (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'facilities-work-orders.skipped.csv',
    );
    const skipped = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    expect(skipped[0]).toBe('line,column,message,value');
    expect([
      ...new Set(skipped.slice(1).map((row) => Number(row.split(',')[0]))),
    ]).toEqual(expected);
  });

  it('shows the Facilities metrics the import made, as the API gives them', async () => {
    const { departments } = await graphql<{
      departments: { id: string; name: string }[];
    }>('query($id: ID!) { departments(organizationId: $id) { id name } }', {
      id: organizationId,
    });
    const facilities = departments.find(
      (department) => department.name === 'Facilities',
    )!;
    await page.getByRole('link', { name: 'See the metrics' }).waitFor();
    await page.goto(
      `${app.url}/organizations/${organizationId}/departments/${facilities.id}`,
    );
    const section = page.getByTestId('department-metrics');
    await section.getByTestId('metrics-sentence').waitFor({ timeout: 20000 });
    const from = await section.getByLabel('From').inputValue();
    const to = await section.getByLabel('To').inputValue();
    const { serviceMetrics } = await graphql<{
      serviceMetrics: { periodStart: string; total: number; source: string }[];
    }>(
      'query($id: ID!, $from: Date!, $to: Date!) { serviceMetrics(departmentId: $id, from: $from, to: $to, grain: WEEK) { periodStart total source } }',
      { id: facilities.id, from, to },
    );
    const latest = [...serviceMetrics]
      .reverse()
      .find((point) => point.total > 0)!;
    expect(latest.source).toBe('REQUESTS');
    await expect(
      section.getByTestId('metrics-sentence').innerText(),
    ).resolves.toContain(
      `Facilities handled ${latest.total.toLocaleString('en-GB')} work orders`,
    );
    await expect(
      section.getByTestId('metrics-table').locator('tbody tr').count(),
    ).resolves.toBe(serviceMetrics.length);
    await section.scrollIntoViewIfNeeded();
    await shoot('9-facilities-metrics');
  });
});
