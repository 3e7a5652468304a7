import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page } from 'playwright-core';
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
import { fillPattern, routerPages } from './support/router-pages';
import { RunningApp, startBuiltApp } from './support/running-app';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

// quality.md "Looking at it as a person would": every page, on a desktop and on a phone.
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

// Every page of the router, so a new page is walked without being listed here.
const PAGES = routerPages();
const CASES = PAGES.flatMap((page) => SIZES.map((size) => ({ ...page, size })));

type Violation = {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
};

/** Waits until the page has its data: no request in flight, no loading placeholder, a frame drawn. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !document.querySelector('.ui-loading-state'),
    undefined,
    { timeout: 20000 },
  );
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve)),
      ),
  );
}

describeInBrowser(
  'every page at 1280 px and 390 px: axe, no sideways scroll, no raw values',
  () => {
    let app: RunningApp;
    let browser: Browser;
    const contexts = new Map<string, BrowserContext>();
    let params: Record<string, string>;

    beforeAll(async () => {
      app = await startBuiltApp({
        DEMO_PASSWORD: DEMO.password,
        SEED_DEMO: 'true',
      });
      browser = await launchChromium();
      const token = await demoToken(app);
      const graphql = <T>(
        query: string,
        variables: Record<string, unknown> = {},
      ) => graphqlAs<T>(app, token, query, variables);
      const { organizations } = await graphql<{
        organizations: {
          id: string;
          departments: { id: string; name: string }[];
        }[];
      }>('{ organizations { id departments { id name } } }');
      const organizationId = organizations[0].id;
      // The demo's request records are imported in the background after the first start.
      for (let attempt = 0; attempt < 150; attempt += 1) {
        const { importJobs } = await graphql<{
          importJobs: { status: string }[];
        }>('query($id: ID!) { importJobs(organizationId: $id) { status } }', {
          id: organizationId,
        });
        if (
          importJobs.length > 0 &&
          importJobs.every(
            (job) => job.status === 'SUCCEEDED' || job.status === 'FAILED',
          )
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const { businessCases } = await graphql<{
        businessCases: { id: string }[];
      }>('query($id: ID!) { businessCases(organizationId: $id) { id } }', {
        id: organizationId,
      });
      // HR is the demo's richest department: a plan under way, a pilot, a catalogue, a baseline.
      const hr = organizations[0].departments.find(
        (department) => department.name === 'HR',
      )!;
      params = {
        organizationId,
        departmentId: hr.id,
        caseId: businessCases[0].id,
      };
      for (const size of SIZES) {
        for (const signedIn of [true, false]) {
          const context = await browser.newContext({
            viewport: { width: size.width, height: size.height },
          });
          if (signedIn) await signInAsDemo(await context.newPage(), app);
          contexts.set(`${size.name}:${signedIn}`, context);
        }
      }
    });

    afterAll(async () => {
      await browser?.close();
      await app?.stop();
    });

    it('finds the pages in the router (the walk covers a new page by default)', () => {
      const patterns = PAGES.map((page) => page.pattern);
      expect(patterns).toEqual(
        expect.arrayContaining([
          '/login',
          '/organizations/:organizationId',
          '/organizations/:organizationId/departments/:departmentId/rollout',
        ]),
      );
      expect(PAGES.find((page) => page.pattern === '/login')!.signedIn).toBe(
        false,
      );
      expect(
        PAGES.find(
          (page) => page.pattern === '/organizations/:organizationId/roadmap',
        )!.signedIn,
      ).toBe(true);
    });

    it('shows the error page when a page’s code fails to load, and recovers on leaving it', async () => {
      const page = await contexts.get('desktop:true')!.newPage();
      await page.route('**/assets/RoadmapPage-*.js', (route) => route.abort());
      await page.goto(
        `${app.url}${fillPattern('/organizations/:organizationId', params)}`,
      );
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: 'Roadmap', exact: true })
        .click();
      const problem = page.getByRole('heading', {
        name: 'This page could not be shown',
      });
      await problem.waitFor();
      await page.getByRole('link', { name: 'Go to the overview' }).click();
      await problem.waitFor({ state: 'hidden' });
      await page.getByRole('navigation', { name: 'Sections' }).waitFor();
      await page.close();
    });

    it.each(CASES)(
      '$pattern at $size.width px',
      async ({ pattern, signedIn, size }) => {
        const page = await contexts.get(`${size.name}:${signedIn}`)!.newPage();
        const consoleErrors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        const path = fillPattern(pattern, params);
        await page.goto(`${app.url}${path}`);
        await settle(page);
        const name = `walk-${size.name}-${pattern.replace(/[/:*]+/g, '-').replace(/^-|-$/g, '') || 'root'}`;
        await screenshot(page, name);

        // Fits: nothing scrolls sideways; wide content scrolls inside its own box.
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement!.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect({
          path,
          sideways: Math.max(0, scrollWidth - innerWidth),
        }).toEqual({ path, sideways: 0 });

        // Accessible: no serious or critical axe violation (WCAG 2.1 A and AA).
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const serious = (results.violations as Violation[])
          .filter(
            (violation) =>
              violation.impact === 'serious' || violation.impact === 'critical',
          )
          .map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        expect(serious).toEqual([]);

        // Speaks the user's language: no leaked enum values or broken numbers in the text.
        const text = await page.locator('body').innerText();
        expect(
          text.match(
            /\b(undefined|NaN|Invalid Date|null)\b|\b[A-Z]{2,}_[A-Z_]{2,}\b/g,
          ) ?? [],
        ).toEqual([]);
        expect(consoleErrors).toEqual([]);
        await page.close();
        // axe on a long page (the maturity questionnaire) takes a while on a busy machine.
      },
      180000,
    );
  },
);
