import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { MATURITY_QUESTIONS } from '@esm-planner/domain-maturity';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  SCREENSHOT_DIR,
} from './support/browser';
import {
  DEMO,
  demoToken,
  graphql as graphqlAs,
  signInAsDemo,
} from './support/demo-session';
import { RunningApp, startBuiltApp } from './support/running-app';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

type Organization = { id: string; departments: { id: string; name: string }[] };

describeInBrowser('maturity, catalogue and CoE pages', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let token: string;
  let organization: Organization;

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAs<T>(app, token, query, variables);
  const departmentId = (name: string) =>
    organization.departments.find((department) => department.name === name)!.id;

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
    ({
      organizations: [organization],
    } = await graphql<{ organizations: Organization[] }>(
      '{ organizations { id departments { id name } } }',
    ));
    // The demo's audit import runs in the background after the first start.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { importJobs } = await graphql<{
        importJobs: { status: string }[];
      }>('query($id: ID!) { importJobs(organizationId: $id) { status } }', {
        id: organization.id,
      });
      if (
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

  it('answers the questionnaire and sees the radar, the stage and the trend', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Maturity', exact: true })
      .click();
    const stage = page.getByTestId('maturity-stage');
    await stage.waitFor();
    // The seed's latest org-wide assessment, as the API has it.
    const { maturity } = await graphql<{
      maturity: { stage: number; overallScore: number };
    }>(
      'query($id: ID!) { maturity(organizationId: $id) { stage overallScore } }',
      { id: organization.id },
    );
    await expect(stage.innerText()).resolves.toContain(
      `Stage ${maturity.stage}`,
    );
    await page
      .getByTestId('maturity-radar')
      .locator('[data-series="previous"]')
      .waitFor({ state: 'attached' });

    // Every answer 4, AUTOMATION 2, and "a named executive sponsor" 1 although
    // the demo names one: GOVERNANCE = (1 + 4 × 4) / 5 = 3.4; overall =
    // (3.4 + 4 × 4 + 2) / 6 = 3.566… → 3.6; floor 3, cap floor(2) + 1 = 3.
    for (const question of MATURITY_QUESTIONS) {
      const score =
        question.id === 'gov-sponsor'
          ? 1
          : question.dimension === 'AUTOMATION'
            ? 2
            : 4;
      await page
        .getByTestId(`question-${question.id}`)
        .getByLabel(String(score), { exact: true })
        .check();
    }
    await page.getByTestId('disagreement-gov-sponsor').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'e2e-30-maturity-questionnaire');
    await page.getByTestId('maturity-submit').click();
    await page.getByText('3.6 of 5').waitFor();
    await expect(stage.innerText()).resolves.toContain('Stage 3 · Defined');

    const { maturityHistory } = await graphql<{
      maturityHistory: {
        overallScore: number;
        stage: number;
        disagreements: { questionId: string }[];
      }[];
    }>(
      'query($id: ID!) { maturityHistory(organizationId: $id) { overallScore stage disagreements { questionId } } }',
      { id: organization.id },
    );
    expect(maturityHistory).toHaveLength(3);
    expect(maturityHistory[2]).toMatchObject({ overallScore: 3.6, stage: 3 });
    expect(maturityHistory[2].disagreements.map((d) => d.questionId)).toContain(
      'gov-sponsor',
    );
    // The radar: the new assessment over the previous one (the seed's latest), six spokes.
    const radar = page.getByTestId('maturity-radar');
    await expect(radar.locator('.chart-radar-spoke').count()).resolves.toBe(6);
    await expect(radar.locator('[data-series]').count()).resolves.toBe(2);
    await expect(
      page
        .getByTestId('maturity-trend')
        .getByTestId('chart-data-table')
        .locator('tbody tr')
        .count(),
    ).resolves.toBe(3);
    await expect(
      page.getByTestId('maturity-next-steps').innerText(),
    ).resolves.toContain('named executive sponsor');
    await page.getByTestId('maturity-stage').scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-31-maturity-overview');
    await radar.screenshot({
      path: join(SCREENSHOT_DIR, 'e2e-31b-maturity-radar.png'),
    });
  });

  it('opens the catalogue with its flags and gaps', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Catalogue', exact: true })
      .click();
    await page.getByTestId('catalog-table').waitFor();
    await screenshot(page, 'e2e-32a-catalogue-first');
    await page
      .locator('select[name="department"]')
      .selectOption({ label: 'Finance' });
    const { catalog } = await graphql<{
      catalog: { id: string; flags: string[] }[];
    }>('query($id: ID!) { catalog(departmentId: $id) { id flags } }', {
      id: departmentId('Finance'),
    });
    const table = page.getByTestId('catalog-table');
    await table.getByRole('rowheader', { name: 'Invoice approval' }).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(
      catalog.length,
    );
    const unowned = catalog.find((item) => item.flags.includes('NO_OWNER'))!;
    await expect(
      page.getByTestId(`catalog-flags-${unowned.id}`).innerText(),
    ).resolves.toContain('No owner');
    await page.getByTestId('catalog-gaps').getByText('Budget query').waitFor();

    // Quick edit: name the owner in the row; the flag goes.
    await table.getByRole('button', { name: 'Edit Invoice approval' }).click();
    await table.getByLabel('Owner of Invoice approval').fill('Elena García');
    await table.getByLabel('SLA target of Invoice approval').fill('72');
    await table.getByRole('button', { name: 'Save' }).click();
    const invoice = catalog.find((item) => item.flags.includes('NO_SLA'))!;
    await page.waitForFunction(
      (id) =>
        !document
          .querySelector(`[data-testid="catalog-flags-${id}"]`)
          ?.textContent?.includes('No owner'),
      invoice.id,
    );
    await screenshot(page, 'e2e-32-catalogue-finance');
  });

  it('opens the CoE with roles, coverage and the ranked backlog', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'CoE', exact: true })
      .click();
    const roles = page.getByTestId('coe-roles');
    await roles.waitFor();
    const { coe } = await graphql<{ coe: { coverage: number } }>(
      'query($id: ID!) { coe(organizationId: $id) { coverage } }',
      { id: organization.id },
    );
    await expect(roles.innerText()).resolves.toContain(
      `${(coe.coverage * 100).toFixed(1)}%`,
    );
    await expect(
      page.getByTestId('enhancement-backlog').innerText(),
    ).resolves.toContain('stay with the standard theme');
    await expect(
      page
        .getByTestId('coe-governance')
        .getByLabel('Executive sponsor')
        .inputValue(),
    ).resolves.toBe('Dana Whitfield (CIO)');
    await page.locator('select[name="role"]').selectOption('DEVELOPMENT');
    await page.getByLabel('Person').fill('Noor Aziz');
    await page.getByTestId('coe-assign-submit').click();
    await page
      .getByTestId('coe-role-DEVELOPMENT')
      .getByText('Noor Aziz')
      .waitFor();
    await roles.getByText('Coverage 100.0% (7 of 7)').waitFor();

    // Decline with a reason: the reason is kept and the request leaves the ranking.
    const backlog = page.getByTestId('enhancement-backlog');
    await backlog
      .getByRole('button', {
        name: 'Decline Parental-leave calculator in the portal',
      })
      .click();
    await backlog
      .getByLabel('Reason to decline Parental-leave calculator in the portal')
      .fill('HR policy changes next year; revisit then');
    await backlog.getByRole('button', { name: 'Decline', exact: true }).click();
    await backlog
      .getByText('HR policy changes next year; revisit then')
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'e2e-33-coe');
  });

  it('shows HR’s readiness on its department page', async () => {
    await page.goto(
      `${app.url}/organizations/${organization.id}/departments/${departmentId('HR')}`,
    );
    const panel = page.getByTestId('readiness-panel');
    await panel.waitFor();
    await expect(
      panel.getByTestId('readiness-CATALOGUE_INCOMPLETE').innerText(),
    ).resolves.toContain('Ready');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-34-hr-readiness');
  });
});
