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
  let organization: { id: string; departments: { id: string; name: string }[] };
  let itDepartment: { id: string; name: string };

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
    organization = organizations[0];
    itDepartment = organization.departments.find((department) => department.name === 'IT')!;
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
    await page.goto(`${app.url}/organizations/${organization.id}/departments/${itDepartment.id}`);
    const section = page.getByTestId('department-metrics');
    await section.getByTestId('metrics-sentence').waitFor({ timeout: 20000 });
    await page.getByTestId('metrics-chart').waitFor({ state: 'attached' });

    const from = await section.getByLabel('From').inputValue();
    const to = await section.getByLabel('To').inputValue();
    const { serviceMetrics } = await graphql<{ serviceMetrics: Point[] }>(
      'query($id: ID!, $from: Date!, $to: Date!) { serviceMetrics(departmentId: $id, from: $from, to: $to, grain: WEEK) { periodStart total deflected deflectionRate source } }',
      { id: itDepartment.id, from, to },
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

  it('stacks IT’s tickets per week by channel, each week’s total from the API’s channelVolume', async () => {
    await page.goto(`${app.url}/organizations/${organization.id}/departments/${itDepartment.id}`);
    const section = page.getByTestId('department-metrics');
    const chart = section.getByTestId('metrics-channel-chart');
    await chart.waitFor({ timeout: 20000 });
    const from = await section.getByLabel('From').inputValue();
    const to = await section.getByLabel('To').inputValue();
    const { channelVolume, roadmapSettings } = await graphql<{
      channelVolume: { periodStart: string; channel: string; count: number }[];
      roadmapSettings: { stabilityMinMeanDeflection: number };
    }>(
      'query($id: ID!, $org: ID!, $from: Date!, $to: Date!) { channelVolume(departmentId: $id, from: $from, to: $to, grain: WEEK) { periodStart channel count } roadmapSettings(organizationId: $org) { stabilityMinMeanDeflection } }',
      { id: itDepartment.id, org: organization.id, from, to },
    );
    const totals = new Map<string, number>();
    for (const point of channelVolume) totals.set(point.periodStart, (totals.get(point.periodStart) ?? 0) + point.count);
    const [busiest, sum] = [...totals.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(sum).toBeGreaterThan(0);

    const column = chart.locator(`g[data-key="${busiest}"]`);
    await expect(column.getAttribute('data-total')).resolves.toBe(String(sum));
    await column.hover();
    const tooltip = chart.getByTestId('chart-tooltip');
    await expect(tooltip.innerText()).resolves.toContain(`Tickets\n${sum.toLocaleString('en-GB')}`);
    await expect(section.getByTestId('metrics-channel-volume').innerText()).resolves.toContain('Tickets by channel');

    // The IT-stability band starts at the organisation's own floor.
    const floor = `${(roadmapSettings.stabilityMinMeanDeflection * 100).toFixed(1)}%`;
    await expect(page.getByTestId('metrics-chart').locator('desc').textContent()).resolves.toContain(
      `IT-stability floor shaded from ${floor}`,
    );
    await section.getByTestId('metrics-channel-volume').scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-21-it-channel-volume');
  });

  it('shows IT’s deflection on the organisation Metrics page as the API’s organizationDeflection gives it', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Metrics', exact: true }).click();
    await page.waitForURL(`${app.url}/organizations/${organization.id}/metrics`);
    const table = page.getByTestId('organization-deflection-table');
    await table.waitFor({ timeout: 20000 });
    const from = await page.getByLabel('From').inputValue();
    const to = await page.getByLabel('To').inputValue();
    // The default is 26 complete weeks: Monday to Sunday, 182 days.
    expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(new Date(`${to}T00:00:00Z`).getUTCDay()).toBe(0);
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(181);

    const { organizationDeflection } = await graphql<{
      organizationDeflection: { department: { id: string }; total: number; deflectionRate: number | null }[];
    }>(
      'query($org: ID!, $from: Date!, $to: Date!) { organizationDeflection(organizationId: $org, from: $from, to: $to) { department { id } total deflectionRate } }',
      { org: organization.id, from, to },
    );
    const row = organizationDeflection.find((r) => r.department.id === itDepartment.id)!;
    expect(row.total).toBeGreaterThan(0);
    await expect(page.getByTestId(`deflection-rate-${itDepartment.id}`).innerText()).resolves.toBe(
      `${(row.deflectionRate! * 100).toFixed(1)}%`,
    );
    await expect(table.locator('tbody tr').count()).resolves.toBe(organizationDeflection.length);
    for (const other of organizationDeflection.filter((r) => r.total === 0)) {
      await expect(page.getByTestId(`deflection-rate-${other.department.id}`).innerText()).resolves.toBe('no requests');
    }
    await screenshot(page, 'e2e-22-organization-metrics');
  });
});
