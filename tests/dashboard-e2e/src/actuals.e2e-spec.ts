import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  launchChromium,
  SCREENSHOT_DIR,
  screenshot,
} from './support/browser';
import {
  DEMO,
  demoToken,
  graphql as graphqlAs,
  signInAsDemo,
} from './support/demo-session';
import { RunningApp, startBuiltApp } from './support/running-app';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

type Department = {
  departmentId: string;
  name: string;
  status: string;
  realisationRatio: number | null;
  deflectionNeeded: number | null;
};
type Value = {
  asOf: string;
  version: number;
  completeMonths: number;
  realisedToDate: number;
  plannedToDate: number;
  plannedPaybackMonths: number | null;
  forecastPaybackMonths: number | null;
  forecastNpv: number;
  months: {
    month: number;
    complete: boolean;
    realisedBenefit: number | null;
    forecastCumulative: number;
  }[];
  departments: Department[];
};

const VALUE = `query($id: ID!, $asOf: Date) { valueRealisation(businessCaseId: $id, asOf: $asOf) {
  asOf version completeMonths realisedToDate plannedToDate plannedPaybackMonths forecastPaybackMonths forecastNpv
  months { month complete realisedBenefit forecastCumulative }
  departments { departmentId name status realisationRatio deflectionNeeded } } }`;

// The dashboard's own formats: en-GB, GBP in whole pounds, one decimal for rates and months.
const pounds = (value: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'GBP',
    maximumFractionDigits: 0,
  })
    .format(value)
    .replace(/^-/, '\u2212');
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

describeInBrowser('the Actuals tab of the business case page', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let token: string;
  let organizationId: string;
  let caseId: string;

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAs<T>(app, token, query, variables);
  const value = async (asOf?: string) =>
    (
      await graphql<{ valueRealisation: Value }>(VALUE, {
        id: caseId,
        asOf: asOf ?? null,
      })
    ).valueRealisation;
  const openActuals = async () => {
    await page.goto(
      `${app.url}/organizations/${organizationId}/business-cases/${caseId}`,
    );
    await page.getByRole('tab', { name: 'Actuals' }).click();
    await page.getByTestId('realisation-chart').waitFor({ timeout: 20000 });
  };

  beforeAll(async () => {
    app = await startBuiltApp({
      DEMO_PASSWORD: DEMO.password,
      SEED_DEMO: 'true',
    });
    browser = await launchChromium();
    page = await (
      await browser.newContext({
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
      })
    ).newPage();
    token = await demoToken(app);
    organizationId = (
      await graphql<{ organizations: { id: string }[] }>(
        '{ organizations { id } }',
      )
    ).organizations[0].id;
    // The demo's own case (other specs sharing this database add cases of their own).
    const { businessCases } = await graphql<{
      businessCases: { id: string; name: string }[];
    }>('query($id: ID!) { businessCases(organizationId: $id) { id name } }', {
      id: organizationId,
    });
    caseId = businessCases.find((c) =>
      c.name.startsWith('Northwind ESM expansion'),
    )!.id;
    // The demo's audit and request records are imported in the background after the first start.
    for (let attempt = 0; attempt < 150; attempt += 1) {
      const { importJobs } = await graphql<{
        importJobs: { status: string }[];
      }>('query($id: ID!) { importJobs(organizationId: $id) { status } }', {
        id: organizationId,
      });
      if (
        importJobs.length > 0 &&
        importJobs.every(
          (job) => job.status === 'SUCCEEDED' || job.status === 'FAILED',
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await signInAsDemo(page, app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the API’s value to date, forecast payback and each department’s status', async () => {
    const api = await value();
    // The demo tells its story: IT on plan, HR's pilot behind.
    expect(api.departments.map((d) => [d.name, d.status]).slice(0, 2)).toEqual([
      ['IT', 'ON_TRACK'],
      ['HR', 'BEHIND'],
    ]);
    await openActuals();
    const stat = (id: string) =>
      page.getByTestId(id).locator('dd').first().innerText();
    expect(await stat('actuals-realised')).toBe(pounds(api.realisedToDate));
    expect(await page.getByTestId('actuals-realised').innerText()).toContain(
      `planned ${pounds(api.plannedToDate)}`,
    );
    expect(await stat('actuals-forecast-payback')).toBe(
      `${api.forecastPaybackMonths!.toFixed(1)} months`,
    );
    expect(
      await page.getByTestId('actuals-forecast-payback').innerText(),
    ).toContain(`planned ${api.plannedPaybackMonths!.toFixed(1)} months`);
    expect(await stat('actuals-forecast-npv')).toBe(pounds(api.forecastNpv));
    expect(await page.getByTestId('actuals-span').innerText()).toContain(
      `Months 1–${api.completeMonths} are complete`,
    );

    const [it, hr] = api.departments;
    expect(await page.getByTestId('actuals-status-IT').innerText()).toBe(
      'On track',
    );
    expect(await page.getByTestId('actuals-ratio-IT').innerText()).toBe(
      percent(it.realisationRatio!),
    );
    expect(await page.getByTestId('actuals-status-HR').innerText()).toBe(
      'Behind plan',
    );
    expect(await page.getByTestId('actuals-ratio-HR').innerText()).toBe(
      percent(hr.realisationRatio!),
    );
    expect(await page.getByTestId('actuals-needed-HR').innerText()).toContain(
      `${percent(hr.deflectionNeeded!)} from now on`,
    );
    expect(await page.getByTestId('actuals-behind').innerText()).toContain(
      `HR is behind plan at ${percent(hr.realisationRatio!)}`,
    );
    await screenshot(page, 'e2e-40-business-case-actuals');
  });

  it('draws a realised bar for each complete month and marks both paybacks', async () => {
    const api = await value();
    const chart = page.getByTestId('realisation-chart');
    const realised = chart.locator('rect[data-kind="realised"]');
    expect(await realised.count()).toBe(
      api.months.filter((m) => m.month > 0 && m.realisedBenefit !== null)
        .length,
    );
    expect(await realised.last().getAttribute('data-month')).toBe(
      String(api.completeMonths),
    );
    await chart
      .getByTestId('realisation-payback-planned')
      .waitFor({ state: 'attached' });
    await chart
      .getByTestId('realisation-payback-forecast')
      .waitFor({ state: 'attached' });
    // The hidden table reads out the same month figures.
    const row = chart
      .getByTestId('chart-data-table')
      .locator('tbody tr')
      .nth(api.completeMonths);
    expect(await row.innerText()).toContain(
      pounds(api.months[api.completeMonths].forecastCumulative),
    );
  });

  it('downloads the months as CSV with the API’s raw figures', async () => {
    const api = await value();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('actuals-months')
        .getByRole('button', { name: /Download CSV/ })
        .click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'month,start_date,end_date,complete,planned_benefit,realised_benefit,cost,forecast_net,forecast_cumulative',
    );
    // Every month, though the table shows the measured ones and the next three.
    expect(lines).toHaveLength(api.months.length + 1);
    const measured = lines[1 + api.completeMonths].split(',');
    expect(Number(measured[5])).toBe(
      api.months[api.completeMonths].realisedBenefit,
    );
    expect(lines[2 + api.completeMonths].split(',')[5]).toBe('');
  });

  it('downloads the value report PDF for the CIO', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-value-report').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/value-report\.pdf$/);
    const path = `${SCREENSHOT_DIR}/${download.suggestedFilename()}`;
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('measures on an earlier date when asked', async () => {
    const now = await value();
    // The day after month 5 ends: five complete months.
    const fifth = (
      await graphql<{
        valueRealisation: { months: { month: number; endDate: string }[] };
      }>(
        'query($id: ID!) { valueRealisation(businessCaseId: $id) { months { month endDate } } }',
        { id: caseId },
      )
    ).valueRealisation.months[5].endDate;
    const asOf = new Date(Date.parse(`${fifth}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const earlier = await value(asOf);
    expect(earlier.completeMonths).toBe(5);
    await page.getByLabel('Measured on').fill(asOf);
    await page.waitForFunction(
      (text) =>
        document
          .querySelector('[data-testid="actuals-span"]')
          ?.textContent?.includes(text),
      'Months 1–5 are complete',
      { timeout: 15000 },
    );
    expect(
      await page
        .getByTestId('actuals-realised')
        .locator('dd')
        .first()
        .innerText(),
    ).toBe(pounds(earlier.realisedToDate));
    expect(earlier.realisedToDate).toBeLessThan(now.realisedToDate);
  });

  it('fits a phone’s width', async () => {
    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await signInAsDemo(phone, app);
    await phone.goto(
      `${app.url}/organizations/${organizationId}/business-cases/${caseId}`,
    );
    await phone.getByRole('tab', { name: 'Actuals' }).click();
    await phone.getByTestId('realisation-chart').waitFor({ timeout: 20000 });
    // The chart and the cards stay inside the screen; wide tables scroll in their own box.
    for (const id of [
      'realisation-chart',
      'actuals-headline',
      'actuals-behind',
    ]) {
      const box = (await phone.getByTestId(id).boundingBox())!;
      expect({ id, right: box.x + box.width <= 390 }).toEqual({
        id,
        right: true,
      });
    }
    await screenshot(phone, 'e2e-41-business-case-actuals-phone');
    await phone.close();
  });
});
