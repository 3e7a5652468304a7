import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  launchChromium,
  reportingFailure,
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

type Plan = {
  id: string;
  status: string;
  progress: number;
  tasks: { id: string; title: string; done: boolean; overdue: boolean }[];
};

describeInBrowser('rollout plan and roadmap', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let token: string;
  let organizationId: string;
  let hrId: string;

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAs<T>(app, token, query, variables);
  const departmentCount = async () =>
    (
      await graphql<{ departments: unknown[] }>(
        'query($id: ID!) { departments(organizationId: $id) { id } }',
        { id: organizationId },
      )
    ).departments.length;
  const hrPlan = async () =>
    (
      await graphql<{ rolloutPlan: Plan }>(
        'query($id: ID!) { rolloutPlan(departmentId: $id) { id status progress tasks { id title done overdue } } }',
        { id: hrId },
      )
    ).rolloutPlan;

  beforeAll(async () => {
    app = await startBuiltApp({
      DEMO_PASSWORD: DEMO.password,
      SEED_DEMO: 'true',
    });
    browser = await launchChromium();
    page = await (
      await browser.newContext({
        viewport: { width: 1366, height: 900 },
        acceptDownloads: true,
      })
    ).newPage();
    token = await demoToken(app);
    const { organizations } = await graphql<{
      organizations: {
        id: string;
        departments: { id: string; name: string }[];
      }[];
    }>('{ organizations { id departments { id name } } }');
    organizationId = organizations[0].id;
    hrId = organizations[0].departments.find(
      (department) => department.name === 'HR',
    )!.id;
    // IT's stability and HR's pilot weeks come from the demo's request import, which runs after the first start.
    for (let attempt = 0; attempt < 150; attempt += 1) {
      const { importJobs } = await graphql<{
        importJobs: { status: string }[];
      }>('query($id: ID!) { importJobs(organizationId: $id) { status } }', {
        id: organizationId,
      });
      if (
        importJobs.every(
          (job) => job.status === 'SUCCEEDED' || job.status === 'FAILED',
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('ticks one of HR’s overdue tasks and sees progress change while the late pilot stays late', async () => {
    // The demo's HR plan is on day 96–102, still piloting: LATE, every open task overdue.
    const before = await hrPlan();
    const overdue = before.tasks
      .filter((task) => task.overdue)
      .map((task) => task.title);
    expect(overdue).toHaveLength(7);
    expect(overdue).toContain('Train the service owner');
    expect(before.status).toBe('LATE');

    await signInAsDemo(page, app);
    await page.goto(
      `${app.url}/organizations/${organizationId}/departments/${hrId}`,
    );
    await page.getByTestId('department-rollout-link').click();
    const status = page.getByTestId('rollout-status');
    await status.waitFor();
    await expect(status.innerText()).resolves.toContain('Late');
    const progress = page.getByTestId('rollout-progress-text');
    // 8 of 15 tasks done.
    await expect(progress.innerText()).resolves.toContain('8 of 15 tasks done');
    await expect(progress.innerText()).resolves.toContain('53.3%');
    await expect(
      page.getByTestId('rollout-task-overdue').count(),
    ).resolves.toBe(7);
    await page
      .getByTestId('rollout-timeline-chart')
      .locator('svg.chart__svg')
      .waitFor({ state: 'attached' });
    await expect(
      page.getByTestId('rollout-timeline-chart').locator('.gantt-bar').count(),
    ).resolves.toBe(4);
    await screenshot(page, 'e2e-30-hr-rollout-late');

    await page
      .getByRole('checkbox', { name: 'Done: Train the service owner' })
      .check();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="rollout-progress-text"]')
        ?.textContent?.includes('60.0%'),
    );
    // 9 of 15: 60.0 %; six tasks still overdue, and past day 90 the plan stays LATE until it is done.
    await expect(progress.innerText()).resolves.toContain('60.0%');
    await expect(
      page.getByTestId('rollout-task-overdue').count(),
    ).resolves.toBe(6);
    await expect(status.innerText()).resolves.toContain('Late');
    const after = await hrPlan();
    expect(after.status).toBe('LATE');
    expect(after.progress).toBeCloseTo(9 / 15, 12);
    // HR's pilot has had its weeks of metrics: the gate into full rollout holds.
    await expect(
      page.getByTestId('rollout-gate-verdict').innerText(),
    ).resolves.toBe('Holds');
    await screenshot(page, 'e2e-31-hr-rollout-ticked');
  });

  it('shows a problem only the server finds under the task editor’s label, with a summary', async () => {
    await page.goto(
      `${app.url}/organizations/${organizationId}/departments/${hrId}/rollout`,
    );
    const task = page
      .getByTestId('rollout-task')
      .filter({ hasText: 'Train the service owner' });
    await task
      .getByRole('button', { name: 'Edit: Train the service owner' })
      .click();
    const editor = task.getByTestId('rollout-task-editor');
    // The browser does not check the title; the API refuses an empty one.
    await editor.getByLabel('Title').fill('');
    await editor.getByRole('button', { name: 'Save task' }).click();
    const titleField = editor.locator('.ui-field', {
      has: page.locator('input[name="title"]'),
    });
    await titleField
      .locator('.ui-field__error')
      .getByText('Title must not be empty.')
      .waitFor();
    await expect(
      editor.getByLabel('Title').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    const summary = editor.getByTestId('error-summary');
    await expect(summary.innerText()).resolves.toContain(
      'Title must not be empty.',
    );
    // The API's field name never reaches the screen as its own word.
    await expect(editor.innerText()).resolves.not.toMatch(/(^|\s)title must/);
    await screenshot(page, 'e2e-31b-task-editor-problem');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    expect(
      (await hrPlan()).tasks.some((t) => t.title === 'Train the service owner'),
    ).toBe(true);
  });

  it('opens the roadmap Gantt from the navigation and previews another order', async () => {
    await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
    const gantt = page.getByTestId('roadmap-gantt');
    await gantt.locator('svg.chart__svg').waitFor({ state: 'attached' });
    // The demo's five departments, plus any another spec created in the shared database.
    const departments = await departmentCount();
    expect(departments).toBeGreaterThanOrEqual(5);
    await expect(gantt.locator('.gantt-row').count()).resolves.toBe(
      departments,
    );
    // Four phases for each department; a go-live marker for each.
    await expect(gantt.locator('.gantt-bar').count()).resolves.toBe(
      4 * departments,
    );
    await expect(
      gantt.locator('.gantt-marker[data-kind="milestone"]').count(),
    ).resolves.toBe(departments);
    await expect(
      page.getByTestId('it-stability-verdict').innerText(),
    ).resolves.toBe('Stable');
    await expect(
      page.getByTestId('it-stability-weeks').locator('tbody tr').count(),
    ).resolves.toBe(6);
    await screenshot(page, 'e2e-32-roadmap');

    // The Gantt downloads as a stand-alone SVG and as a PNG.
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('roadmap-download-svg').click(),
    ]);
    expect(svgDownload.suggestedFilename()).toMatch(/roadmap\.svg$/);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(
      1,
    );
    // Legal and Facilities swap places once another spec has imported their audits (the
    // browser specs share one database), so the row's number is not pinned here.
    expect(svg).toMatch(/[45]\. Legal/);
    expect(svg).toContain('goes live (day 61)');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('roadmap-download-png').click(),
    ]);
    expect(pngDownload.suggestedFilename()).toMatch(/roadmap\.png$/);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
    // Kept with the screenshots, to look at.
    writeFileSync(join(SCREENSHOT_DIR, 'e2e-36-roadmap-download.png'), png);

    const firstScheduled = page.getByTestId('roadmap-order-item').nth(3);
    const name = (await firstScheduled.innerText())
      .split('·')[0]
      .replace(/^\d+\.\s*/, '')
      .trim();
    await page.getByRole('button', { name: `Move ${name} down` }).click();
    await page.getByTestId('roadmap-preview-notice').waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="roadmap-schedule"]')
        ?.textContent?.includes('preview, not saved'),
    );
    await expect(
      page.getByTestId('roadmap-order-item').nth(4).innerText(),
    ).resolves.toContain(name);
    await screenshot(page, 'e2e-33-roadmap-preview');
    // Nothing was saved.
    const { roadmap } = await graphql<{
      roadmap: { items: { department: { name: string } }[] };
    }>(
      'query($id: ID!) { roadmap(organizationId: $id) { items { department { name } } } }',
      { id: organizationId },
    );
    expect(roadmap.items[3].department.name).toBe(name);
    // Leaving with the previewed order unsaved asks first; leaving keeps nothing.
    await page.getByRole('link', { name: 'Rollout', exact: true }).click();
    await page.getByRole('dialog', { name: 'Leave without saving?' }).waitFor();
    await page.getByTestId('unsaved-leave').click();
    await page.waitForURL(/\/rollout$/);
  });

  it('lists every plan on the Rollout page and shows why a plan cannot start while IT is not stable', async () => {
    await page.getByRole('link', { name: 'Rollout', exact: true }).click();
    const table = page.getByTestId('rollout-overview-table');
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(
      await departmentCount(),
    );
    await expect(table.innerText()).resolves.toContain('No plan yet');
    // HR's status says why, as its rollout page does: day 96–102, tasks still open.
    const hrRow = table.getByRole('row', { name: /^HR\b/ });
    await expect(
      hrRow.getByTestId('rollout-overview-status').innerText(),
    ).resolves.toBe('Late: past day 90 with tasks not done');
    await screenshot(page, 'e2e-34-rollout-overview');

    // A stricter mean (0.90) makes IT unstable; a department without a plan
    // (Legal or Facilities: rollout-plan-form.e2e-spec, sharing this database,
    // may already have planned one) is then refused with the figures.
    const update =
      'mutation($input: UpdateRoadmapSettingsInput!) { updateRoadmapSettings(input: $input) { stabilityMinMeanDeflection } }';
    await graphql(update, {
      input: { organizationId, stabilityMinMeanDeflection: 0.9 },
    });
    try {
      const waiting = table
        .locator('tbody tr', { hasText: 'No plan yet' })
        .filter({ hasNotText: /^IT\b/ })
        .first();
      const link = waiting.getByRole('link').first();
      const name = (await link.innerText()).trim();
      await link.click();
      // Says what was on screen if the form does not come.
      await reportingFailure(page, 'legal-create-plan', () =>
        page.getByTestId('create-rollout-plan-submit').click(),
      );
      const error = page.getByTestId('create-rollout-plan-error');
      await error.waitFor();
      const text = await error.innerText();
      expect(text).toContain(`${name} cannot start on this date`);
      expect(text).toContain('IT is not stable yet');
      expect(text).toMatch(/mean deflection 0\.\d+ < 0\.90/);
      // The six weeks behind the verdict, with the threshold that failed.
      const figures = page.getByTestId('create-rollout-plan-figures');
      await expect(figures.locator('tbody tr').count()).resolves.toBe(6);
      await expect(figures.innerText()).resolves.toContain(
        'needs at least 90.0%',
      );
      await screenshot(page, 'e2e-35-legal-plan-blocked');
    } finally {
      await graphql(update, {
        input: { organizationId, stabilityMinMeanDeflection: 0.4 },
      });
    }
  });
});
