import { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
} from './support/browser';
import { DEMO, graphql } from './support/demo-session';
import { RunningApp, startBuiltApp } from './support/running-app';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

describeInBrowser('the dashboard, as a user sees it', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startBuiltApp({
      DEMO_PASSWORD: DEMO.password,
      SEED_DEMO: 'true',
    });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1366, height: 800 },
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('prints the URL and the demo login when it starts', () => {
    expect(app.output()).toContain(
      `Demo login: ${DEMO.email} / ${DEMO.password}`,
    );
  });

  it('refuses anonymous GraphQL requests', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organizations { id } }' }),
    });
    const body = (await response.json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('logs in with the demo account and shows the demo departments from the overview', async () => {
    await page.goto(app.url);
    await page.getByLabel('E-mail').waitFor();
    await screenshot(page, 'e2e-01-login');
    await page.getByLabel('E-mail').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('programme-overview').waitFor();
    await page.getByRole('link', { name: 'All departments' }).click();
    const cards = page.getByTestId('department-card');
    await cards.first().waitFor();
    const names = await cards.getByRole('heading').allInnerTexts();
    expect(names).toEqual(['IT', 'HR', 'Finance', 'Legal', 'Facilities']);
    await expect(
      cards
        .filter({ hasText: 'Legal' })
        .getByTestId('department-vocabulary')
        .innerText(),
    ).resolves.toContain('matters');
    await screenshot(page, 'e2e-02-overview');
  });

  it('creates a department through the form and shows it on the overview', async () => {
    await page.getByRole('button', { name: 'New department' }).click();
    await page.getByLabel('Name').fill('HR');
    await page.getByLabel('Kind').selectOption('HR');
    await page.getByRole('button', { name: 'Create department' }).click();
    // The API's CONFLICT names the field: the problem sits under the Name label, and the summary links to it.
    const form = page.getByTestId('new-department-form');
    const nameField = form.locator('.ui-field', {
      has: page.locator('input[name="name"]'),
    });
    await nameField
      .locator('.ui-field__error')
      .getByText('Already used by another department.')
      .waitFor();
    await expect(
      form.getByLabel('Name').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    const summary = form.getByTestId('error-summary');
    await expect(summary.innerText()).resolves.toContain(
      'Already used by another department.',
    );
    await summary
      .getByRole('link', { name: 'Already used by another department.' })
      .click();
    await expect(
      form
        .getByLabel('Name')
        .evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true);
    await screenshot(page, 'e2e-03-duplicate-name');

    await page.getByLabel('Name').fill('Procurement Hub');
    await page.getByLabel('Kind').selectOption('PROCUREMENT');
    await page.getByRole('button', { name: 'Create department' }).click();
    const card = page
      .getByTestId('department-card')
      .filter({ hasText: 'Procurement Hub' });
    await card.waitFor();
    await expect(
      card.getByTestId('department-vocabulary').innerText(),
    ).resolves.toContain('purchase requests');
    await screenshot(page, 'e2e-04-created');
  });

  it('shows a department created through GraphQL after a reload, and opens its page', async () => {
    const token = await page.evaluate(() => {
      for (let i = 0; i < localStorage.length; i += 1) {
        const value = localStorage.getItem(localStorage.key(i)!) ?? '';
        const match = /esms_[A-Za-z0-9_-]+/.exec(value);
        if (match) return match[0];
      }
      return null;
    });
    expect(token).toMatch(/^esms_/);
    const { organizations } = await graphql<{
      organizations: { id: string }[];
    }>(app, token!, '{ organizations { id } }');
    await graphql(
      app,
      token!,
      'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }',
      {
        input: {
          organizationId: organizations[0].id,
          name: 'Security Office',
          kind: 'SECURITY',
          serviceOwner: 'Ines Duarte',
        },
      },
    );
    await page.reload();
    const card = page
      .getByTestId('department-card')
      .filter({ hasText: 'Security Office' });
    await card.waitFor();
    await card.getByRole('link').first().click();
    await page
      .getByRole('heading', { name: 'Security Office' })
      .first()
      .waitFor();
    await expect(
      page.getByTestId('detail-service-owner').innerText(),
    ).resolves.toContain('Ines Duarte');
    await screenshot(page, 'e2e-05-department-page');
  });

  it('fits a tablet screen, the navigation behind a menu button', async () => {
    const tablet = await page.context().newPage();
    await tablet.setViewportSize({ width: 768, height: 1024 });
    await tablet.goto(page.url().replace(/\/departments\/.*$/, '/departments'));
    await tablet.getByTestId('department-card').first().waitFor();
    const overflow = await tablet.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(
      tablet.getByRole('link', { name: 'Overview', exact: true }).isVisible(),
    ).resolves.toBe(false);
    await screenshot(tablet, 'e2e-06-overview-tablet');
    await tablet.getByRole('button', { name: 'Menu' }).click();
    await tablet.getByRole('link', { name: 'Overview', exact: true }).waitFor();
    await tablet.waitForTimeout(400); // let the drawer finish sliding in
    await screenshot(tablet, 'e2e-07-menu-tablet');
    await tablet.close();
  });

  it('says “Organisation not found” for an organisation that does not exist', async () => {
    for (const section of ['', '/imports', '/baseline']) {
      await page.goto(
        `${app.url}/organizations/00000000-0000-4000-8000-000000000000${section}`,
      );
      await page.getByText('Organisation not found').waitFor();
    }
    await screenshot(page, 'e2e-08-organisation-not-found');
  });

  it('stops cleanly on Ctrl-C', async () => {
    await app.stop();
    expect(app.output()).toContain('SIGINT: stopping');
    const stillUp = await fetch(`${app.url}/health`).then(
      () => true,
      () => false,
    );
    expect(stillUp).toBe(false);
  });
});
