// What the dashboard's pages really send: each page opened cold (a fresh
// browser context, signed in) in headless Chromium, its GraphQL requests
// recorded as sent — operation, query text with Apollo's additions,
// variables and headers — for the load step of bench/dashboard-and-load.mjs
// to replay.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

// Not replayed: the business case page's own query and its editor's, which
// evaluate the case with its Monte Carlo runs in the compute pool
// (bench:business-case measures that); its value realisation is replayed.
export const NOT_REPLAYED = new Set([
  'BusinessCasePage',
  'EvaluateBusinessCase',
]);
// A page has sent all it will once no GraphQL request was open for this long.
const QUIET_MS = 1_500;
const PAGE_TIMEOUT_MS = 30_000;
// Headers the load client sets itself, or that name one browser.
const DROPPED_HEADERS =
  /^(host|content-length|connection|origin|referer|user-agent|sec-|accept-encoding|accept-language)/i;

/**
 * The pages the load replays (issue 18: a department page, the overview,
 * roadmap, maturity, value realisation): each its address, and for the
 * value realisation the tab a person opens on the business case's page.
 */
export function loadPages(url, { organization, it, businessCaseId }) {
  const org = `${url}/organizations/${organization.id}`;
  return {
    department: { url: `${org}/departments/${it.id}` },
    overview: { url: org },
    roadmap: { url: `${org}/roadmap` },
    maturity: { url: `${org}/maturity` },
    valueRealisation: {
      url: `${org}/business-cases/${businessCaseId}`,
      click: '#case-tab-actuals',
    },
  };
}

async function signedInState(browser, url, demo) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('E-mail').fill(demo.email);
  await page.getByLabel('Password').fill(demo.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/organizations\//);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Opens the page cold (and clicks what it says) and returns the GraphQL queries it sent until they went quiet. */
async function capture(browser, state, { url, click }) {
  const context = await browser.newContext({ storageState: state });
  const page = await context.newPage();
  const sent = [];
  let open = 0;
  let lastChange = Date.now();
  const isGraphql = (request) =>
    request.method() === 'POST' &&
    new URL(request.url()).pathname === '/graphql';
  const settled = (request) => {
    if (!isGraphql(request)) return;
    open -= 1;
    lastChange = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  page.on('request', (request) => {
    if (!isGraphql(request)) return;
    open += 1;
    lastChange = Date.now();
    const headers = Object.fromEntries(
      Object.entries(request.headers()).filter(
        ([name]) => !DROPPED_HEADERS.test(name),
      ),
    );
    sent.push({ headers, body: request.postData() });
  });
  // networkidle alone can come between the page's code and its queries.
  const quiet = async (atLeast) => {
    const deadline = Date.now() + PAGE_TIMEOUT_MS;
    while (
      (open > 0 ||
        sent.length < atLeast ||
        Date.now() - lastChange < QUIET_MS) &&
      Date.now() < deadline
    )
      await page.waitForTimeout(100);
  };
  await page.goto(url, { waitUntil: 'networkidle' });
  await quiet(1);
  if (click) {
    const before = sent.length;
    await page.click(click);
    await quiet(before + 1);
  }
  await context.close();
  return sent.map(({ headers, body }) => {
    const parsed = JSON.parse(body);
    return { operationName: parsed.operationName, headers, body };
  });
}

/**
 * Every page's requests, in the order sent, each tagged with its page;
 * mutations and NOT_REPLAYED operations are left out and listed.
 */
export async function recordPageRequests({ url, demo, pages }) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const state = await signedInState(browser, url, demo);
    const requests = [];
    const left = [];
    for (const [page, target] of Object.entries(pages)) {
      for (const request of await capture(browser, state, target)) {
        const isQuery = /^\s*query\b/.test(JSON.parse(request.body).query);
        if (!isQuery || NOT_REPLAYED.has(request.operationName))
          left.push(`${page}: ${request.operationName}`);
        else requests.push({ page, ...request });
      }
    }
    return { requests, left };
  } finally {
    await browser.close();
  }
}

/** The demo's saved business case (its page shows the value realisation). */
export async function demoBusinessCaseId(url, { token, organization }) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({
      query: 'query($id: ID!) { businessCases(organizationId: $id) { id } }',
      variables: { id: organization.id },
    }),
  });
  const { data, errors } = await response.json();
  if (errors || data.businessCases.length === 0)
    throw new Error(`no demo business case: ${JSON.stringify(errors)}`);
  return data.businessCases[0].id;
}
