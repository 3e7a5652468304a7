import { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
} from './support/browser';
import { graphql, loginToken } from './support/demo-session';
import { FreshDatabase, freshDatabase } from './support/fresh-database';
import { RunningApp, startBuiltApp } from './support/running-app';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

const ADMIN = {
  name: 'Ada Lovelace',
  email: 'ada@example.test',
  password: 'first-admin-password',
};
const ORGANIZATION = 'Analytical Engines Ltd';
const STEPS = [
  'DEPARTMENTS',
  'AUDIT',
  'REQUESTS_OR_METRICS',
  'ROLLOUT_PLAN',
  'BUSINESS_CASE',
];

async function fillSetupForm(page: Page, setupCode: string): Promise<void> {
  await page.getByLabel('Setup code').fill(setupCode);
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Organisation name').fill(ORGANIZATION);
  await page.getByLabel('Time zone').selectOption('Europe/London');
  await page.getByLabel('Currency').fill('gbp');
}

/** Whether each checklist step shows as done, in order. */
async function checklistTicks(page: Page): Promise<Record<string, boolean>> {
  const ticks: Record<string, boolean> = {};
  for (const step of STEPS)
    ticks[step] =
      (await page
        .getByTestId(`getting-started-${step}`)
        .getAttribute('data-done')) === 'true';
  return ticks;
}

describeInBrowser('the first run on an empty database (docs/access.md)', () => {
  let database: FreshDatabase;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let setupCode: string;

  beforeAll(async () => {
    database = await freshDatabase('first_run_e2e');
    app = await startBuiltApp({
      DATABASE_URL: database.url,
      SEED_DEMO: 'false',
    });
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await database?.drop();
  });

  it('prints a setup code in the log, and opens on the setup page instead of the sign-in form', async () => {
    const match = /Setup code: ([A-Z0-9-]+)/.exec(app.output());
    expect(match).not.toBeNull();
    setupCode = match![1];

    await page.goto(app.url);
    await page.getByTestId('setup-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/setup');
    await screenshot(page, 'first-run-01-setup-1280');

    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await phone.goto(`${app.url}/login`);
    await phone.getByTestId('setup-page').waitFor();
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);
    await screenshot(phone, 'first-run-02-setup-390');
    await phone.context().close();
  });

  it('shows a wrong code as a problem under the setup code field', async () => {
    await fillSetupForm(page, 'AAAA-BBBB-CCCC-DDDD');
    await page.getByTestId('setup-submit').click();
    const codeField = page.getByLabel('Setup code');
    await page
      .locator('.ui-field__error')
      .getByText('not the code in the server log')
      .waitFor();
    // …and in the error summary at the top, which links to the field.
    await expect(
      page.getByTestId('error-summary').innerText(),
    ).resolves.toMatch(/not the code in the server log/i);
    // The message is the field's description, so a screen reader reads it with the field.
    const describedBy =
      (await codeField.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(descriptions.join(' ')).toMatch(/not the code in the server log/i);
    await screenshot(page, 'first-run-03-wrong-code');
  });

  it('creates the first administrator and lands them on the organisation’s checklist', async () => {
    // Everything else stays as typed: only the code is corrected.
    expect(await page.getByLabel('Password').inputValue()).toBe(ADMIN.password);
    await page.getByLabel('Setup code').fill(setupCode);
    await page.getByTestId('setup-submit').click();

    const checklist = page.getByTestId('getting-started');
    await checklist.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      ORGANIZATION,
    );
    expect(await checklistTicks(page)).toEqual(
      Object.fromEntries(STEPS.map((step) => [step, false])),
    );
    expect(await checklist.innerText()).toContain('0 of 5 steps done');
    // A new organisation has no figures yet: the checklist is the page.
    expect(await page.getByTestId('overview-it-stability').count()).toBe(0);
    await screenshot(page, 'first-run-04-checklist-1280');
  });

  it('ticks a step from the data and links each step to its page', async () => {
    const token = await loginToken(app, ADMIN);
    const { organizations } = await graphql<{
      organizations: { id: string }[];
    }>(app, token, '{ organizations { id } }');
    await graphql(
      app,
      token,
      'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }',
      {
        input: { organizationId: organizations[0].id, name: 'IT', kind: 'IT' },
      },
    );
    await page.reload();
    await page.getByTestId('getting-started').waitFor();
    expect(await checklistTicks(page)).toEqual({
      ...Object.fromEntries(STEPS.map((step) => [step, false])),
      DEPARTMENTS: true,
    });
    expect(await page.getByTestId('getting-started').innerText()).toContain(
      '1 of 5 steps done',
    );

    await page
      .getByTestId('getting-started-BUSINESS_CASE')
      .getByRole('link')
      .click();
    await page.waitForURL(
      `**/organizations/${organizations[0].id}/business-cases`,
    );

    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await phone.goto(`${app.url}/login`);
    await phone.getByLabel('E-mail').fill(ADMIN.email);
    await phone.getByLabel('Password').fill(ADMIN.password);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.getByTestId('getting-started').waitFor();
    await screenshot(phone, 'first-run-05-checklist-390');
    await phone.context().close();
  });

  it('lets the new ADMIN add a person with a role from the People page', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'People', exact: true })
      .click();
    const form = page.getByTestId('add-person');
    await form.waitFor();
    // Checked in the browser first: each problem under its field, nothing sent.
    await form.getByTestId('add-person-submit').click();
    await form
      .locator('.ui-field__error')
      .getByText('Enter the person’s name.')
      .waitFor();
    await expect(
      form.getByTestId('error-summary').innerText(),
    ).resolves.toContain('Password must be at least 10 characters.');
    await form.getByLabel('Name').fill('Grace Hopper');
    await form.getByLabel('E-mail').fill('grace@example.test');
    await form.getByLabel('Password').fill('grace-first-password');
    await form.getByLabel('Role').selectOption('COE');
    await form.getByTestId('add-person-submit').click();
    await form.getByText('Added Grace Hopper as CoE.').waitFor();
    const row = page
      .getByTestId('people-table')
      .getByRole('row', { name: /Grace Hopper/ });
    await row.getByText('CoE').waitFor();
    await screenshot(page, 'first-run-06-person-added-1280');
    expect(
      await loginToken(app, {
        email: 'grace@example.test',
        password: 'grace-first-password',
      }),
    ).toMatch(/^esms_/);

    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await phone.goto(`${app.url}/login`);
    await phone.getByLabel('E-mail').fill(ADMIN.email);
    await phone.getByLabel('Password').fill(ADMIN.password);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.getByTestId('getting-started').waitFor();
    await phone.goto(page.url());
    await phone.getByTestId('add-person').waitFor();
    await screenshot(phone, 'first-run-08-people-390');
    await phone.context().close();
  });

  it('lets the ADMIN create a further organisation, which opens on its own checklist', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByRole('link', { name: 'Create an organisation' }).click();
    const form = page.getByTestId('new-organization');
    await form.waitFor();
    await form
      .getByLabel('Name', { exact: true })
      .fill('Difference Engines GmbH');
    await form.getByLabel('Currency').fill('eur');
    await form.getByLabel('Time zone').selectOption('Europe/Berlin');
    await screenshot(page, 'first-run-07-new-organization-1280');
    await form.getByTestId('new-organization-submit').click();
    await page
      .getByRole('heading', { level: 1, name: 'Difference Engines GmbH' })
      .waitFor();
    expect(await page.getByTestId('getting-started').innerText()).toContain(
      '0 of 5 steps done',
    );
    expect(await page.getByTestId('programme-overview').innerText()).toContain(
      'Time zone Europe/Berlin · Currency EUR · Your role: Admin',
    );
  });

  it('no longer offers the setup page once the instance is set up', async () => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${app.url}/setup`);
    await visitor.getByTestId('login-page').waitFor();
    await visitor.context().close();
  });
});
