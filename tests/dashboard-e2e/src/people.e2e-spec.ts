import { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
} from './support/browser';
import { DEMO, signInAsDemo } from './support/demo-session';
import { RunningApp, startBuiltApp } from './support/running-app';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
const VIEWER = {
  email: 'viewer@esm-planner.local',
  name: 'Robin Hale (viewer)',
};

async function signInAs(
  app: RunningApp,
  email: string,
): Promise<{ token?: string; message?: string }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email, password: DEMO.password },
    }),
  });
  const body = (await response.json()) as {
    data?: { login: { token: string } };
    errors?: { message: string }[];
  };
  return { token: body.data?.login.token, message: body.errors?.[0].message };
}

describeInBrowser('the People page', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startBuiltApp({
      DEMO_PASSWORD: DEMO.password,
      SEED_DEMO: 'true',
    });
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await signInAsDemo(page, app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists the organisation’s people for its ADMIN', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'People', exact: true })
      .click();
    const table = page.getByTestId('people-table');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain(VIEWER.name);
    expect(text).toContain('Department head (HR)');
    expect(text).not.toMatch(/DEPARTMENT_HEAD|VIEWER|undefined|null/);
    await screenshot(page, 'people-01-members');
  });

  it('disables an account only after asking, and the person can no longer sign in', async () => {
    const before = await signInAs(app, VIEWER.email);
    expect(before.token).toMatch(/^esms_/);

    await page
      .getByRole('button', { name: `Disable ${VIEWER.name}’s account` })
      .click();
    const confirm = page.getByTestId('people-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(
      `Disable ${VIEWER.name}’s account?`,
    );
    // The question has the focus; nothing has happened yet.
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute('data-testid'),
      ),
    ).toBe('people-confirm');
    expect((await signInAs(app, VIEWER.email)).token).toMatch(/^esms_/);
    await screenshot(page, 'people-02-confirm');

    await page.getByTestId('people-confirm-yes').click();
    await page
      .getByTestId('people-done')
      .getByText(`${VIEWER.name}’s account is disabled.`)
      .waitFor();
    const row = page.getByTestId('people-table').getByRole('row', {
      name: new RegExp(VIEWER.name.replace(/[()]/g, '\\$&')),
    });
    await row.getByText('Disabled').waitFor();
    expect((await signInAs(app, VIEWER.email)).message).toBe(
      'this account is disabled',
    );
    await screenshot(page, 'people-03-disabled');

    await page
      .getByRole('button', { name: `Enable ${VIEWER.name}’s account` })
      .click();
    await page.getByTestId('people-confirm-yes').click();
    await row.getByText('Active').waitFor();
    expect((await signInAs(app, VIEWER.email)).token).toMatch(/^esms_/);
  });

  it('cancels without doing anything', async () => {
    await page
      .getByRole('button', {
        name: `Remove ${VIEWER.name} from Northwind Group (demo)`,
      })
      .click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('people-confirm').count()).toBe(0);
    expect(await page.getByTestId('people-table').innerText()).toContain(
      VIEWER.name,
    );
  });

  // The page's own content; the shared header is the app layout's (it overflows at 390 px on every page).
  it('fits a phone: the table scrolls inside its box, the page content does not', async () => {
    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await signInAsDemo(phone, app);
    await phone.goto(page.url());
    await phone.getByTestId('people-table').waitFor();
    await screenshot(phone, 'people-04-phone');
    const wide = await phone.evaluate(() =>
      Array.from(document.querySelectorAll('main *'))
        .filter(
          (el) =>
            el.getBoundingClientRect().right >
              document.documentElement.clientWidth + 1 &&
            !el.closest('.ui-table__scroller'),
        )
        .map((el) => `${el.tagName}.${el.className}`)
        .slice(0, 5),
    );
    expect(wide).toEqual([]);
    const table = await phone.getByTestId('people-table').evaluate((el) => ({
      scroller: el.parentElement!.clientWidth,
      viewport: window.innerWidth,
    }));
    expect(table.scroller).toBeLessThan(table.viewport);
    await phone.close();
  });
});
