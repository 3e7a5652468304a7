import { readFileSync } from 'node:fs';
import { Browser, Page, Request } from 'playwright-core';
import {
  chromiumAvailable,
  launchChromium,
  reportingFailure,
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

type Case = {
  id: string;
  name: string;
  result: { paybackMonths: number | null };
};

describeInBrowser('the business case page', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let token: string;
  let organizationId: string;
  let saved: Case;

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAs<T>(app, token, query, variables);
  const payback = () =>
    page.getByTestId('case-payback').locator('dd').first().innerText();

  beforeAll(async () => {
    app = await startBuiltApp({
      DEMO_PASSWORD: DEMO.password,
      SEED_DEMO: 'true',
    });
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    ).newPage();
    token = await demoToken(app);
    const { organizations } = await graphql<{
      organizations: { id: string }[];
    }>('{ organizations { id } }');
    organizationId = organizations[0].id;
    // The demo audit is imported in the background after the first start: wait until the case reads it.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { businessCases } = await graphql<{
        businessCases: { id: string }[];
      }>('query($id: ID!) { businessCases(organizationId: $id) { id } }', {
        id: organizationId,
      });
      const { businessCase } = await graphql<{
        businessCase: Case & {
          departments: { monthlyVolume: { source: string } }[];
        };
      }>(
        'query($id: ID!) { businessCase(id: $id) { id name departments { monthlyVolume { source } } result { paybackMonths } } }',
        { id: businessCases[0].id },
      );
      saved = businessCase;
      if (businessCase.departments[0].monthlyVolume.source === 'AUDIT') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists the demo case and opens it with the API’s figures, sources and charts', async () => {
    await signInAsDemo(page, app);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Business case', exact: true })
      .click();
    await page.getByTestId('business-case-list').waitFor();
    await screenshot(page, 'business-case-list');
    await page.getByRole('link', { name: saved.name }).click();
    await page.getByTestId('case-payback').waitFor();
    expect(await payback()).toBe(
      `${saved.result.paybackMonths!.toFixed(1)} months`,
    );
    // IT's volume comes from its audit; Legal's target is the flagged 0.30 assumption.
    expect(await page.getByTestId('IT-monthlyVolume').innerText()).toContain(
      'Audit',
    );
    expect(
      await page.getByTestId('Legal-targetDeflection').innerText(),
    ).toContain('Assumption');
    expect(await page.getByTestId('case-warnings').innerText()).toContain(
      'Legal',
    );
    await page.getByTestId('payback-band').waitFor({ state: 'attached' });
    await page.getByTestId('tornado-chart').waitFor({ state: 'attached' });
    await page
      .getByTestId('npv-histogram')
      .locator('[data-testid="marker-P50"]')
      .waitFor({ state: 'attached' });
    await screenshot(page, 'business-case-page');
  });

  it('moves payback when an input changes, and back on reset', async () => {
    const before = await payback();
    const markerBefore = await page
      .getByTestId('payback-break-even')
      .getAttribute('data-x');
    // A lower IT deflection target (20 % instead of the 75 % benchmark) delays payback.
    await page
      .getByTestId('IT-targetDeflection')
      .getByRole('textbox')
      .fill('20');
    await page.waitForFunction(
      (text) =>
        document.querySelector('[data-testid="case-payback"] dd')
          ?.textContent !== text,
      before,
      { timeout: 15000 },
    );
    const after = await payback();
    expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
    expect(
      await page.getByTestId('payback-break-even').getAttribute('data-x'),
    ).not.toBe(markerBefore);
    expect(await page.getByTestId('IT-targetDeflection').innerText()).toContain(
      'Entered',
    );
    await screenshot(page, 'business-case-changed');

    await page.getByTestId('IT-targetDeflection-reset').click();
    await page.waitForFunction(
      (text) =>
        document.querySelector('[data-testid="case-payback"] dd')
          ?.textContent === text,
      before,
      { timeout: 15000 },
    );
    expect(await page.getByTestId('IT-targetDeflection').innerText()).toContain(
      'Benchmark',
    );
  });

  it('shows the three audience views of the same case', async () => {
    await page.getByRole('tab', { name: 'CIO' }).click();
    await page
      .getByTestId('view-cio')
      .getByRole('heading', { name: 'What each department adds' })
      .waitFor();
    await page.getByTestId('audience-views').screenshot({
      path: `${__dirname}/../screenshots/business-case-cio.png`,
    });
    await page.getByRole('tab', { name: 'Department head' }).click();
    await page
      .locator('select[name="department-head-view"]')
      .selectOption({ label: 'Finance' });
    expect(await page.getByTestId('head-deflected').innerText()).toContain(
      'approvals deflected',
    );
    await page.getByTestId('audience-views').screenshot({
      path: `${__dirname}/../screenshots/business-case-department-head.png`,
    });
    await page.getByRole('tab', { name: 'Finance' }).click();
    expect(await page.getByTestId('finance-assumptions').innerText()).toContain(
      'departments[0].monthlyVolume',
    );
    await page.getByTestId('audience-views').screenshot({
      path: `${__dirname}/../screenshots/business-case-finance.png`,
    });
  });

  it('downloads the XLSX and the PDFs with the session token', async () => {
    for (const key of ['xlsx', 'finance', 'cio', 'department-head']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`export-${key}`).click(),
      ]);
      const path = `${__dirname}/../screenshots/${download.suggestedFilename()}`;
      await download.saveAs(path);
      const head = readFileSync(path).subarray(0, 4).toString('latin1');
      // An XLSX is a zip ("PK"); a PDF starts "%PDF".
      expect(head.startsWith(key === 'xlsx' ? 'PK' : '%PDF')).toBe(true);
    }
  });

  it('saves a new version', async () => {
    // Saved without the 15 once in CI (stop 25) and never here: keep what was sent.
    const sent: unknown[] = [];
    const keepSave = (request: Request) => {
      if (request.postData()?.includes('SaveBusinessCase'))
        sent.push(request.postDataJSON());
    };
    page.on('request', keepSave);
    await page
      .getByTestId('IT-handlingMinutes')
      .getByRole('textbox')
      .fill('15');
    await page.getByTestId('case-save').click();
    await page
      .getByRole('button', { name: 'Save as version 3' })
      .waitFor({ timeout: 15000 });
    const { businessCase } = await graphql<{
      businessCase: {
        version: number;
        departments: {
          name: string;
          handlingMinutes: { value: number; source: string };
        }[];
      };
    }>(
      'query($id: ID!) { businessCase(id: $id) { version departments { name handlingMinutes { value source } } } }',
      { id: saved.id },
    );
    expect(businessCase.version).toBe(2);
    await reportingFailure(
      page,
      'business-case-save',
      async () =>
        // IT by name: the case's departments, not a position in the list.
        expect(
          businessCase.departments.find((d) => d.name === 'IT')
            ?.handlingMinutes,
        ).toEqual({
          value: 15,
          source: 'ENTERED',
        }),
      () => ({ sent, departments: businessCase.departments }),
    );
    page.off('request', keepSave);
  });

  it('creates a new case from the audits', async () => {
    await page.goto(
      `${app.url}/organizations/${organizationId}/business-cases`,
    );
    const form = page.getByTestId('new-business-case');
    await form.getByLabel('Name').fill('Pilot case');
    await form.getByLabel('Loaded hourly cost').fill('50');
    await form
      .getByLabel('One-time costs (implementation, integration)')
      .fill('100000');
    await form.getByLabel('Platform cost per month').fill('8000');
    await page.getByTestId('new-case-submit').click();
    await page.getByTestId('case-payback').waitFor({ timeout: 15000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Pilot case',
    );
    // The departments with an audit were prefilled, and only those (other browser tests share
    // this database and may have audited more of them); their volumes come from the audit.
    const { departments } = await graphql<{
      departments: {
        name: string;
        baseline: { monthlyVolume: number } | null;
      }[];
    }>(
      'query($id: ID!) { departments(organizationId: $id) { name baseline { monthlyVolume } } }',
      { id: organizationId },
    );
    for (const department of departments) {
      expect({
        [department.name]: await page
          .getByTestId(`case-department-${department.name}`)
          .count(),
      }).toEqual({ [department.name]: department.baseline ? 1 : 0 });
    }
    expect(await page.getByTestId('HR-monthlyVolume').innerText()).toContain(
      'Audit',
    );
  });
});
