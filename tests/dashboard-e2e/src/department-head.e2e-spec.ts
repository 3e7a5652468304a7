import { Browser, Page } from 'playwright-core';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
} from './support/browser';
import { DEMO, signIn } from './support/demo-session';
import { RunningApp, startBuiltApp } from './support/running-app';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
const HR_HEAD = 'hr.head@esm-planner.local';

describeInBrowser('a department head’s view of the demo business case', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startBuiltApp({
      DEMO_PASSWORD: DEMO.password,
      SEED_DEMO: 'true',
    });
    browser = await launchChromium();
    page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await signIn(page, app, { email: HR_HEAD, password: DEMO.password });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the whole case’s figures with only HR’s lines, read-only and without the files', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Business case', exact: true })
      .click();
    await page.getByTestId('business-case-list').waitFor();
    // The demo's case (other browser tests on this database may have saved more).
    await page
      .getByTestId('business-case-list')
      .getByRole('link', { name: 'Northwind ESM expansion — 36 months' })
      .click();
    await page.getByTestId('case-payback').waitFor();

    // IT, Finance, Legal and Facilities (the browser tests of the case may have saved a version with fewer).
    expect(
      await page.getByTestId('case-hidden-departments').innerText(),
    ).toMatch(
      /^The results include [1-4] other departments?, whose lines are not shown to you\.$/,
    );
    await page.getByTestId('HR-monthlyVolume').waitFor();
    for (const other of ['IT', 'Finance', 'Legal', 'Facilities']) {
      expect(await page.getByTestId(`${other}-monthlyVolume`).count()).toBe(0);
    }
    expect(
      await page
        .getByTestId('HR-targetDeflection')
        .getByRole('textbox')
        .isDisabled(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: /XLSX|PDF/ }).count()).toBe(
      0,
    );
    expect(await page.getByRole('link', { name: /XLSX|PDF/ }).count()).toBe(0);
    await screenshot(page, 'department-head-business-case');

    await page.getByRole('tab', { name: 'Department head' }).click();
    const views = await page.getByTestId('view-department-head').innerText();
    expect(views).toContain('HR');
    expect(views).not.toMatch(/\bIT\b|Finance|Legal|Facilities/);
    expect(consoleErrors).toEqual([]);
  });
});
