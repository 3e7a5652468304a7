import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
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

const SAMPLE_AUDIT = join(
  __dirname,
  '../../fixtures/audit-2026-03-02_2026-03-15.csv',
);
const SERVICENOW_SAMPLE = join(
  __dirname,
  '../../fixtures/servicenow-incident-event-log-sample.csv',
);
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

type Baseline = {
  totalRequests: number;
  monthlyVolume: number;
  informalShare: number;
  avgHandlingMinutes: number;
};

describeInBrowser('importing an audit through the dashboard', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let token: string;

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

  it('uploads the sample audit, shows progress to 100 % and the report', async () => {
    await signInAsDemo(page, app);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Imports', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor();

    // Every value any progress bar takes, read from the mutation records
    // themselves so that a bar replaced right after reaching 100 still counts.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      const note = (element: Element) => {
        if (
          element.getAttribute('role') === 'progressbar' &&
          element.hasAttribute('aria-valuenow')
        ) {
          seen.push(Number(element.getAttribute('aria-valuenow')));
        }
        element
          .querySelectorAll?.('[role="progressbar"][aria-valuenow]')
          .forEach((bar) =>
            seen.push(Number(bar.getAttribute('aria-valuenow'))),
          );
      };
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes') note(record.target as Element);
          record.addedNodes.forEach(
            (node) => node instanceof Element && note(node),
          );
        }
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
    });
    // A slow uplink (4 KB/s): the upload takes a moment, as a large file would.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 4096,
    });
    await page.getByLabel('Kind of data').selectOption('AUDIT');
    await page.getByLabel('Window start').fill('2026-03-02');
    await page.getByLabel('Window end').fill('2026-03-15');
    await page.getByLabel('Create departments that don’t exist').check();
    await page.getByLabel('File to import').setInputFiles(SAMPLE_AUDIT);
    await page.getByRole('button', { name: 'Start import' }).click();
    await page
      .getByRole('heading', { name: 'Import succeeded' })
      .waitFor({ timeout: 30000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await screenshot(page, 'e2e-10-import-report');

    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: number[] }).progressSeen,
    );
    expect(Math.max(...seen)).toBe(100);
    await expect(
      page.getByTestId('report-rows-read').innerText(),
    ).resolves.toContain('139');

    // The report on screen is the API's report.
    const { importJobs } = await graphql<{
      importJobs: {
        rowsRead: number;
        rowsStored: number;
        rowsDuplicate: number;
        status: string;
      }[];
    }>(
      `
        query ($id: ID!) {
          importJobs(organizationId: $id, limit: 1) {
            rowsRead
            rowsStored
            rowsDuplicate
            status
          }
        }
      `,
      { id: new URL(page.url()).pathname.split('/')[2] },
    );
    expect(importJobs[0]).toMatchObject({ status: 'SUCCEEDED', rowsRead: 139 });
    await expect(
      page.getByTestId('report-rows-stored').innerText(),
    ).resolves.toContain(String(importJobs[0].rowsStored));
    await expect(
      page.getByTestId('report-rows-duplicate').innerText(),
    ).resolves.toContain(String(importJobs[0].rowsDuplicate));
  });

  it('shows HR’s baseline in its own words, with the API’s numbers', async () => {
    const organizationId = new URL(page.url()).pathname.split('/')[2];
    const { departments } = await graphql<{
      departments: { id: string; name: string; baseline: Baseline }[];
    }>(
      `
        query ($id: ID!) {
          departments(organizationId: $id) {
            id
            name
            baseline {
              totalRequests
              monthlyVolume
              informalShare
              avgHandlingMinutes
            }
          }
        }
      `,
      { id: organizationId },
    );
    const hr = departments.find((department) => department.name === 'HR')!;
    await page.goto(
      `${app.url}/organizations/${organizationId}/departments/${hr.id}`,
    );
    const sentence = page.getByTestId('baseline-sentence');
    await sentence.waitFor();
    const total = hr.baseline.totalRequests.toLocaleString('en-GB');
    await expect(sentence.innerText()).resolves.toContain(
      `HR handled ${total} requests`,
    );
    await expect(page.getByTestId('stat-total').innerText()).resolves.toContain(
      total,
    );
    await expect(
      page.getByTestId('stat-monthly').innerText(),
    ).resolves.toContain(
      Math.round(hr.baseline.monthlyVolume).toLocaleString('en-GB'),
    );
    await expect(
      page.getByTestId('stat-informal').innerText(),
    ).resolves.toContain(`${(hr.baseline.informalShare * 100).toFixed(1)}`);
    await page
      .getByRole('img', { name: 'Volume by channel' })
      .waitFor({ state: 'attached' });
    await page
      .getByRole('img', { name: 'Top request types, Pareto chart' })
      .waitFor({ state: 'attached' });
    await screenshot(page, 'e2e-11-hr-baseline');
  });

  it('shows a broken file’s errors with line and column, and stores nothing', async () => {
    const organizationId = new URL(page.url()).pathname.split('/')[2];
    await page.goto(`${app.url}/organizations/${organizationId}/imports`);
    await page.getByLabel('Kind of data').selectOption('AUDIT');
    await page.getByLabel('Window start').fill('2026-04-06');
    await page.getByLabel('Window end').fill('2026-04-19');
    await page.getByLabel('File to import').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'department,request_type,channel,count\nHR,Payslip,EMAIL,-3\nHR,Leave,PORTAL,abc\n',
      ),
    });
    await page.getByRole('button', { name: 'Start import' }).click();
    await page
      .getByRole('heading', { name: 'Import failed' })
      .waitFor({ timeout: 30000 });
    const errors = page.getByTestId('import-errors');
    await expect(errors.innerText()).resolves.toMatch(/2[\s\S]*4[\s\S]*count/);
    await screenshot(page, 'e2e-12-import-errors');
    const { baselineHistory } = await graphql<{
      baselineHistory: { windowStart: string }[];
    }>(
      `
        query ($id: ID!) {
          baselineHistory(departmentId: $id) {
            windowStart
          }
        }
      `,
      {
        id: (
          await graphql<{ departments: { id: string; name: string }[] }>(
            `
              query ($id: ID!) {
                departments(organizationId: $id) {
                  id
                  name
                }
              }
            `,
            { id: organizationId },
          )
        ).departments.find((d) => d.name === 'HR')!.id,
      },
    );
    expect(baselineHistory.map((b) => b.windowStart)).not.toContain(
      '2026-04-06',
    );
  });

  it('imports a ServiceNow event log with its groups mapped to departments', async () => {
    const organizationId = new URL(page.url()).pathname.split('/')[2];
    // The sample's incidents of two assignment groups, both mapped to IT, so
    // the shared demo organisation gains no departments.
    const [header, ...lines] = readFileSync(SERVICENOW_SAMPLE, 'utf8')
      .trim()
      .split('\n');
    const groupColumn = header.split(',').indexOf('assignment_group');
    const kept = lines.filter((line) =>
      ['Group 70', 'Group 23'].includes(line.split(',')[groupColumn]),
    );
    const incidents = new Set(kept.map((line) => line.split(',')[0])).size;
    await page.goto(`${app.url}/organizations/${organizationId}/imports`);
    await page.getByLabel('Kind of data').selectOption('REQUESTS');
    await page.getByLabel('Format').selectOption('SERVICENOW');
    await page
      .getByLabel('Groups to departments')
      .fill('Group 70 = IT\nGroup 23 = IT');
    await page.getByLabel('File to import').setInputFiles({
      name: 'incident-event-log.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...kept].join('\n') + '\n'),
    });
    await screenshot(page, 'e2e-13-servicenow-form');
    await page.getByRole('button', { name: 'Start import' }).click();
    await page
      .getByRole('heading', { name: 'Import succeeded' })
      .waitFor({ timeout: 60000 });
    await screenshot(page, 'e2e-14-servicenow-report');
    // Every file row is read; each incident is stored once, as its latest update.
    await expect(
      page.getByTestId('report-rows-read').innerText(),
    ).resolves.toContain(kept.length.toLocaleString('en-GB'));
    await expect(
      page.getByTestId('report-rows-stored').innerText(),
    ).resolves.toContain(incidents.toLocaleString('en-GB'));
    expect(incidents).toBeLessThan(kept.length);
  });
});
