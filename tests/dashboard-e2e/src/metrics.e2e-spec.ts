import { Browser, Page } from 'playwright-core';
import { lastCompleteWeeks } from '@esm-planner/domain-audit';
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

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

/**
 * How far the element with the test id, or anything in it, reaches past the
 * phone's width or past the element's own right edge (≤ 0: it fits).
 */
function overflowOf(
  page: Page,
  testId: string,
  viewportWidth = 390,
): Promise<number> {
  return page.getByTestId(testId).evaluate((root, width) => {
    const right = root.getBoundingClientRect().right;
    const widest = Math.max(
      ...Array.from(root.querySelectorAll('*')).map(
        (e) => e.getBoundingClientRect().right,
      ),
    );
    return Math.max(right - width, widest - right);
  }, viewportWidth);
}

type Point = {
  periodStart: string;
  total: number;
  deflected: number;
  deflectionRate: number | null;
  source: string;
};

describeInBrowser('service metrics on the department page', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let token: string;
  let organization: { id: string; departments: { id: string; name: string }[] };
  let itDepartment: { id: string; name: string };

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAs<T>(app, token, query, variables);

  beforeAll(async () => {
    app = await startBuiltApp({
      DEMO_PASSWORD: DEMO.password,
      SEED_DEMO: 'true',
    });
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: { width: 1366, height: 900 } })
    ).newPage();
    token = await demoToken(app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('draws IT’s weekly rates from the API’s serviceMetrics, against its benchmark', async () => {
    const { organizations } = await graphql<{
      organizations: {
        id: string;
        departments: { id: string; name: string }[];
      }[];
    }>('{ organizations { id departments { id name } } }');
    organization = organizations[0];
    itDepartment = organization.departments.find(
      (department) => department.name === 'IT',
    )!;
    // The demo's request import runs in the background after the first start.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { importJobs } = await graphql<{
        importJobs: { kind: string; status: string }[];
      }>(
        'query($id: ID!) { importJobs(organizationId: $id) { kind status } }',
        { id: organization.id },
      );
      if (
        importJobs.every(
          (job) => job.status === 'SUCCEEDED' || job.status === 'FAILED',
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    await signInAsDemo(page, app);
    await page.goto(
      `${app.url}/organizations/${organization.id}/departments/${itDepartment.id}`,
    );
    const section = page.getByTestId('department-metrics');
    await section.getByTestId('metrics-sentence').waitFor({ timeout: 20000 });
    await page.getByTestId('metrics-chart').waitFor({ state: 'attached' });

    const from = await section.getByLabel('From').inputValue();
    const to = await section.getByLabel('To').inputValue();
    const { serviceMetrics } = await graphql<{ serviceMetrics: Point[] }>(
      'query($id: ID!, $from: Date!, $to: Date!) { serviceMetrics(departmentId: $id, from: $from, to: $to, grain: WEEK) { periodStart total deflected deflectionRate source } }',
      { id: itDepartment.id, from, to },
    );
    const latest = [...serviceMetrics]
      .reverse()
      .find((point) => point.total > 0)!;
    const sentence = await section.getByTestId('metrics-sentence').innerText();
    expect(sentence).toContain(
      `IT handled ${latest.total.toLocaleString('en-GB')} tickets`,
    );
    expect(sentence).toContain(
      `${(latest.deflectionRate! * 100).toFixed(1)}% were deflected`,
    );
    await expect(
      section.getByTestId('metrics-table').locator('tbody tr').count(),
    ).resolves.toBe(serviceMetrics.length);
    await expect(
      page.getByTestId('metrics-chart-card').innerText(),
    ).resolves.toContain('IT benchmark 75% (published)');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-20-it-metrics');
  });

  it('stacks IT’s tickets per week by channel, each week’s total from the API’s channelVolume', async () => {
    await page.goto(
      `${app.url}/organizations/${organization.id}/departments/${itDepartment.id}`,
    );
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
    for (const point of channelVolume)
      totals.set(
        point.periodStart,
        (totals.get(point.periodStart) ?? 0) + point.count,
      );
    const [busiest, sum] = [...totals.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(sum).toBeGreaterThan(0);

    const column = chart.locator(`g[data-key="${busiest}"]`);
    await expect(column.getAttribute('data-total')).resolves.toBe(String(sum));
    await column.hover();
    const tooltip = chart.getByTestId('chart-tooltip');
    await expect(tooltip.innerText()).resolves.toContain(
      `Tickets\n${sum.toLocaleString('en-GB')}`,
    );
    await expect(
      section.getByTestId('metrics-channel-volume').innerText(),
    ).resolves.toContain('Tickets by channel');

    // The IT-stability band starts at the organisation's own floor.
    const floor = `${(roadmapSettings.stabilityMinMeanDeflection * 100).toFixed(1)}%`;
    await expect(
      page.getByTestId('metrics-chart').locator('desc').textContent(),
    ).resolves.toContain(`IT-stability floor shaded from ${floor}`);
    await section
      .getByTestId('metrics-channel-volume')
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-21-it-channel-volume');
  });

  it('shows IT’s deflection on the organisation Metrics page as the API’s organizationDeflection gives it', async () => {
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Metrics', exact: true })
      .click();
    await page.waitForURL(
      `${app.url}/organizations/${organization.id}/metrics`,
    );
    const table = page.getByTestId('organization-deflection-table');
    await table.waitFor({ timeout: 20000 });
    const from = await page.getByLabel('From').inputValue();
    const to = await page.getByLabel('To').inputValue();
    // The default is 26 complete weeks: Monday to Sunday, 182 days.
    expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(new Date(`${to}T00:00:00Z`).getUTCDay()).toBe(0);
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(181);

    const { organizationDeflection } = await graphql<{
      organizationDeflection: {
        department: { id: string };
        total: number;
        deflectionRate: number | null;
      }[];
    }>(
      'query($org: ID!, $from: Date!, $to: Date!) { organizationDeflection(organizationId: $org, from: $from, to: $to) { department { id } total deflectionRate } }',
      { org: organization.id, from, to },
    );
    const row = organizationDeflection.find(
      (r) => r.department.id === itDepartment.id,
    )!;
    expect(row.total).toBeGreaterThan(0);
    await expect(
      page.getByTestId(`deflection-rate-${itDepartment.id}`).innerText(),
    ).resolves.toBe(`${(row.deflectionRate! * 100).toFixed(1)}%`);
    await expect(table.locator('tbody tr').count()).resolves.toBe(
      organizationDeflection.length,
    );
    for (const other of organizationDeflection.filter((r) => r.total === 0)) {
      await expect(
        page.getByTestId(`deflection-rate-${other.department.id}`).innerText(),
      ).resolves.toBe('no requests');
    }
    await screenshot(page, 'e2e-22-organization-metrics');
  });

  it('edits IT’s deflection benchmark on the Metrics page, and the gaps follow it', async () => {
    // (on the Metrics page from the test before)
    const card = page.getByTestId('deflection-benchmarks-card');
    const item = card.getByTestId(`benchmark-${itDepartment.id}`);
    await item.waitFor();
    await expect(
      item.getByTestId(`benchmark-value-${itDepartment.id}`).innerText(),
    ).resolves.toBe('75%');
    await expect(
      item.getByTestId(`benchmark-source-${itDepartment.id}`).innerText(),
    ).resolves.toBe('Published');

    const field = item.getByLabel('IT benchmark, %');
    await field.fill('150');
    await item.getByRole('button', { name: 'Save' }).click();
    await item
      .getByText('Enter a percentage above 0 and at most 100, e.g. 60.')
      .waitFor();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-23-benchmark-error');

    await field.fill('60');
    await item.getByRole('button', { name: 'Save' }).click();
    await item.getByText('Saved.').waitFor();
    await expect(
      item.getByTestId(`benchmark-source-${itDepartment.id}`).innerText(),
    ).resolves.toBe('Set by the organisation');
    await expect(
      item.getByTestId(`benchmark-value-${itDepartment.id}`).innerText(),
    ).resolves.toBe('60%');
    await expect(item.innerText()).resolves.toContain(
      'instead of the published 75%',
    );
    // The API says so, and the deflection table measures IT's gap against it.
    const { department } = await graphql<{
      department: { deflectionBenchmark: { target: number; source: string } };
    }>(
      'query($id: ID!) { department(id: $id) { deflectionBenchmark { target source } } }',
      { id: itDepartment.id },
    );
    expect(department.deflectionBenchmark).toEqual({
      target: 0.6,
      source: 'ORGANIZATION',
    });
    const row = page
      .getByTestId('organization-deflection-table')
      .locator('tbody tr')
      .filter({ hasText: 'IT' })
      .first();
    await row.getByText('60% (set by the organisation)').waitFor();
    await screenshot(page, 'e2e-24-benchmark-set');

    const phone = await page.context().newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(page.url());
    await phone
      .getByTestId(`benchmark-${itDepartment.id}`)
      .waitFor({ timeout: 20000 });
    // The card fits the phone's width: nothing of it is cut off or scrolls sideways.
    await expect(
      overflowOf(phone, 'deflection-benchmarks-card'),
    ).resolves.toBeLessThanOrEqual(0);
    await phone
      .getByTestId('deflection-benchmarks-card')
      .scrollIntoViewIfNeeded();
    await screenshot(phone, 'e2e-25-benchmarks-phone');
    await phone.close();

    // Back to the published figure.
    await item.getByRole('button', { name: 'Use the published 75%' }).click();
    await item.getByText('Back to the published 75%.').waitFor();
    await expect(
      item.getByTestId(`benchmark-source-${itDepartment.id}`).innerText(),
    ).resolves.toBe('Published');
    await row.getByText('75% (published)').waitFor();
  });

  it('builds IT’s baseline from its request records on the department page, and says so', async () => {
    await page.goto(
      `${app.url}/organizations/${organization.id}/departments/${itDepartment.id}`,
    );
    const card = page.getByTestId('build-baseline');
    await card.waitFor({ timeout: 20000 });
    // The last two complete weeks where the demo organisation is (Europe/London).
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
    const expected = lastCompleteWeeks({ today });
    await expect(card.getByLabel('First day').inputValue()).resolves.toBe(
      expected.windowStart,
    );
    await expect(card.getByLabel('Last day').inputValue()).resolves.toBe(
      expected.windowEnd,
    );

    // A window without records is refused, next to the dates, and changes nothing.
    await card.getByLabel('First day').fill('2020-01-06');
    await card.getByLabel('Last day').fill('2020-01-19');
    await card.getByRole('button', { name: 'Build baseline' }).click();
    await expect(
      card.getByTestId('build-baseline-error').innerText(),
    ).resolves.toBe(
      'No request records opened from 2020-01-06 to 2020-01-19 (local dates) for IT: import them first, or choose another window.',
    );
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-26-build-baseline-error');

    await card.getByLabel('First day').fill(expected.windowStart);
    await card.getByLabel('Last day').fill(expected.windowEnd);
    await card.getByRole('button', { name: 'Build baseline' }).click();
    const status = card.getByTestId('build-baseline-status');
    await status.getByText(/^Built from /).waitFor({ timeout: 20000 });
    const { baseline } = await graphql<{
      baseline: {
        source: string;
        totalRequests: number;
        windowStart: string;
        windowEnd: string;
        medianFirstResponseHours: number | null;
      };
    }>(
      'query($id: ID!) { baseline(departmentId: $id) { source totalRequests windowStart windowEnd medianFirstResponseHours } }',
      { id: itDepartment.id },
    );
    expect(baseline).toMatchObject({ source: 'REQUESTS', ...expected });
    expect(baseline.totalRequests).toBeGreaterThan(0);
    expect(baseline.medianFirstResponseHours).not.toBeNull();
    await expect(status.innerText()).resolves.toContain(
      `Built from ${baseline.totalRequests.toLocaleString('en-GB')} tickets opened`,
    );
    const summary = page.getByTestId('baseline-summary');
    await expect(summary.innerText()).resolves.toContain(
      'built from request records',
    );
    await expect(
      summary.getByTestId('stat-total').innerText(),
    ).resolves.toContain(baseline.totalRequests.toLocaleString('en-GB'));
    await expect(
      summary.getByTestId('stat-medianFirstResponse').isVisible(),
    ).resolves.toBe(true);
    const latest = page
      .getByTestId('baseline-history-table')
      .locator('tbody tr')
      .first();
    await expect(latest.innerText()).resolves.toContain('Request records');
    await screenshot(page, 'e2e-27-baseline-from-records');

    const phone = await page.context().newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(page.url());
    await phone.getByTestId('build-baseline').waitFor({ timeout: 20000 });
    await expect(
      overflowOf(phone, 'build-baseline'),
    ).resolves.toBeLessThanOrEqual(0);
    await phone.getByTestId('build-baseline').scrollIntoViewIfNeeded();
    await screenshot(phone, 'e2e-28-build-baseline-phone');
    await phone.close();
  });
});
