import { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium, screenshot } from './support/browser';
import { DEMO, demoToken, graphql as graphqlAs, signInAsDemo } from './support/demo-session';
import { RunningApp, startBuiltApp } from './support/running-app';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

type Point = { periodStart: string; total: number; deflected: number; deflectionRate: number | null; source: string };

describeInBrowser('service metrics on the department page', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let token: string;

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) => graphqlAs<T>(app, token, query, variables);

  beforeAll(async () => {
    app = await startBuiltApp({ DEMO_PASSWORD: DEMO.password, SEED_DEMO: 'true' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    token = await demoToken(app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('draws IT’s weekly rates from the API’s serviceMetrics, against its benchmark', async () => {
    const { organizations } = await graphql<{ organizations: { id: string; departments: { id: string; name: string }[] }[] }>(
      '{ organizations { id departments { id name } } }',
    );
    const organization = organizations[0];
    const it = organization.departments.find((department) => department.name === 'IT')!;
    // The demo's request import runs in the background after the first start.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { importJobs } = await graphql<{ importJobs: { kind: string; status: string }[] }>(
        'query($id: ID!) { importJobs(organizationId: $id) { kind status } }',
        { id: organization.id },
      );
      if (importJobs.every((job) => job.status === 'SUCCEEDED' || job.status === 'FAILED')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    await signInAsDemo(page, app);
    await page.goto(`${app.url}/organizations/${organization.id}/departments/${it.id}`);
    const section = page.getByTestId('department-metrics');
    await section.getByTestId('metrics-sentence').waitFor({ timeout: 20000 });
    await page.getByTestId('metrics-chart').waitFor({ state: 'attached' });

    const from = await section.getByLabel('From').inputValue();
    const to = await section.getByLabel('To').inputValue();
    const { serviceMetrics } = await graphql<{ serviceMetrics: Point[] }>(
      'query($id: ID!, $from: Date!, $to: Date!) { serviceMetrics(departmentId: $id, from: $from, to: $to, grain: WEEK) { periodStart total deflected deflectionRate source } }',
      { id: it.id, from, to },
    );
    const latest = [...serviceMetrics].reverse().find((point) => point.total > 0)!;
    const sentence = await section.getByTestId('metrics-sentence').innerText();
    expect(sentence).toContain(`IT handled ${latest.total.toLocaleString('en-GB')} tickets`);
    expect(sentence).toContain(`${(latest.deflectionRate! * 100).toFixed(1)}% were deflected`);
    await expect(section.getByTestId('metrics-table').locator('tbody tr').count()).resolves.toBe(serviceMetrics.length);
    await expect(page.getByTestId('metrics-chart-card').innerText()).resolves.toContain('IT benchmark 75% (published)');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-20-it-metrics');
  });
});
