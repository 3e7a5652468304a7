import { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  chromiumAvailable,
  launchChromium,
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

/** Whether leaving the page now would ask: the page's beforeunload handler cancels the event. */
function beforeUnloadAsks(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

describeInBrowser(
  'forms: problems beside their fields, unsaved changes, saves that say so',
  () => {
    let app: RunningApp;
    let browser: Browser;
    let page: Page;
    let caseUrl: string;
    let caseId: string;

    beforeAll(async () => {
      app = await startBuiltApp({
        DEMO_PASSWORD: DEMO.password,
        SEED_DEMO: 'true',
      });
      browser = await launchChromium();
      page = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage();
      const token = await demoToken(app);
      const { organizations } = await graphqlAs<{
        organizations: { id: string }[];
      }>(app, token, '{ organizations { id } }');
      const { businessCases } = await graphqlAs<{
        businessCases: { id: string }[];
      }>(
        app,
        token,
        'query($id: ID!) { businessCases(organizationId: $id) { id } }',
        { id: organizations[0].id },
      );
      caseId = businessCases[0].id;
      caseUrl = `${app.url}/organizations/${organizations[0].id}/business-cases/${caseId}`;
      await signInAsDemo(page, app);
    });

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    const horizon = () =>
      page.getByRole('textbox', { name: /^Horizon \(months\)/ });
    const sections = () => page.getByRole('navigation', { name: 'Sections' });
    const leaveDialog = () =>
      page.getByRole('dialog', { name: 'Leave without saving?' });

    it('asks before leaving a business case with unsaved changes: stay keeps them, leave goes', async () => {
      await page.goto(caseUrl);
      await page.getByTestId('case-payback').waitFor();
      expect(await beforeUnloadAsks(page)).toBe(false);
      await horizon().fill('24');
      expect(await beforeUnloadAsks(page)).toBe(true);

      await sections()
        .getByRole('link', { name: 'Roadmap', exact: true })
        .click();
      await leaveDialog().waitFor();
      await page.getByTestId('unsaved-stay').click();
      await leaveDialog().waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe(new URL(caseUrl).pathname);
      expect(await horizon().inputValue()).toBe('24');

      await sections()
        .getByRole('link', { name: 'Roadmap', exact: true })
        .click();
      await leaveDialog().waitFor();
      await page.getByTestId('unsaved-leave').click();
      await page.waitForURL(/\/roadmap$/);
    });

    it('asks before the back or forward button leaves unsaved changes', async () => {
      await page.goto(caseUrl);
      await page.getByTestId('case-payback').waitFor();
      await sections()
        .getByRole('link', { name: 'Roadmap', exact: true })
        .click();
      await page.waitForURL(/\/roadmap$/);
      await page.goBack({ waitUntil: 'commit' });
      await page.getByTestId('case-payback').waitFor();
      await horizon().fill('24');

      await page.goForward({ waitUntil: 'commit' });
      await leaveDialog().waitFor();
      await page.getByTestId('unsaved-stay').click();
      await leaveDialog().waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe(new URL(caseUrl).pathname);
      expect(await horizon().inputValue()).toBe('24');

      await page.goForward({ waitUntil: 'commit' });
      await leaveDialog().waitFor();
      await page.getByTestId('unsaved-leave').click();
      await page.waitForURL(/\/roadmap$/);
    });

    it('leaves without a question when nothing changed, or when a change is undone', async () => {
      await page.goto(caseUrl);
      await page.getByTestId('case-payback').waitFor();
      const before = await horizon().inputValue();
      await horizon().fill('48');
      await horizon().fill(before);
      expect(await beforeUnloadAsks(page)).toBe(false);
      await sections()
        .getByRole('link', { name: 'Roadmap', exact: true })
        .click();
      await page.waitForURL(/\/roadmap$/);
      expect(await leaveDialog().isVisible()).toBe(false);
    });

    it('shows a problem only the server finds under its field’s label, in the form’s words, with a summary linking to it', async () => {
      await page.goto(caseUrl);
      await page.getByTestId('case-payback').waitFor();
      const name = page.getByRole('textbox', { name: /^Case name/ });
      const saved = await name.inputValue();
      // The browser does not check a name's length; the API refuses more than 200 characters.
      await name.fill('A'.repeat(201));
      await page.getByTestId('case-save').click();
      const summary = page.getByTestId('error-summary');
      await summary.waitFor({ timeout: 15000 });
      const message = 'Case name must be 1 to 200 characters.';
      expect(await summary.innerText()).toContain(message);
      // The summary takes focus, so a screen reader starts from it.
      expect(
        await summary.evaluate((element) => element === document.activeElement),
      ).toBe(true);

      const field = page.locator('.ui-field', {
        has: page.locator('input[name="name"]'),
      });
      const error = field.locator('.ui-field__error');
      expect(await error.innerText()).toBe(message);
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await name.getAttribute('aria-describedby')).toContain(
        await error.getAttribute('id'),
      );
      // Under the label, above the input (GOV.UK): label, then the message, then the control.
      const order = await field.evaluate((element) => {
        const label = element.querySelector('label')!;
        const problem = element.querySelector('.ui-field__error')!;
        const input = element.querySelector('input')!;
        const after = (a: Node, b: Node) =>
          Boolean(
            a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
        return {
          labelThenError: after(label, problem),
          errorThenInput: after(problem, input),
        };
      });
      expect(order).toEqual({ labelThenError: true, errorThenInput: true });
      // The API's field name never reaches the screen.
      expect(await page.locator('main').innerText()).not.toMatch(
        /(?<!Case )name must be/,
      );

      // What a person sees first: the summary and the field (the full page is the case's long results).
      await page.screenshot({
        path: join(SCREENSHOT_DIR, 'forms-case-errors-1280.png'),
      });
      await page.setViewportSize({ width: 390, height: 844 });
      await summary.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(SCREENSHOT_DIR, 'forms-case-errors-390.png'),
      });
      await page.setViewportSize({ width: 1280, height: 900 });

      await summary.getByRole('link', { name: message }).click();
      expect(
        await name.evaluate((element) => element === document.activeElement),
      ).toBe(true);
      // Undone, the form is clean again: the next page load asks nothing.
      await name.fill(saved);
      expect(await beforeUnloadAsks(page)).toBe(false);
    });

    it('judges a number field when the person leaves it, and says a save worked', async () => {
      await page.goto(caseUrl);
      await page.getByTestId('case-payback').waitFor();
      const version = Number(
        /Save as version (\d+)/.exec(
          await page.getByTestId('case-save').innerText(),
        )![1],
      );
      await horizon().fill('');
      await horizon().pressSequentially('12.5');
      const field = page.locator('.ui-field', {
        has: page.locator('input[name="horizonMonths"]'),
      });
      // Typing is not judged…
      expect(await field.locator('.ui-field__error').innerText()).toBe('');
      await horizon().blur();
      // …leaving the field is, by the domain's own rule, in the form's words.
      await field
        .locator('.ui-field__error')
        .getByText('Horizon (months) must be a whole number.')
        .waitFor();
      await horizon().fill('24');
      await page.getByTestId('case-save').click();
      await page
        .getByTestId('save-confirmation')
        .getByText(`Saved as version ${version}.`)
        .waitFor({ timeout: 30000 });
      expect(await beforeUnloadAsks(page)).toBe(false);
      await screenshot(page, 'forms-case-saved');
    });
  },
);
