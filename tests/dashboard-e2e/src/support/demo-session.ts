import { Page } from 'playwright-core';
import { RunningApp } from './running-app';

/** The demo administrator the seed creates; the tests choose its password. */
export const DEMO = {
  email: 'demo@esm-planner.local',
  password: 'e2e-demo-password',
};

/** A GraphQL call to the running app, failing the test on any error. */
export async function graphql<T>(
  app: RunningApp,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

type Credentials = { email: string; password: string };

/** A session token for an account, straight from the API. */
export async function loginToken(
  app: RunningApp,
  credentials: Credentials,
): Promise<string> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: credentials,
    }),
  });
  return ((await response.json()) as { data: { login: { token: string } } })
    .data.login.token;
}

/** A session token for the demo administrator, straight from the API. */
export function demoToken(app: RunningApp): Promise<string> {
  return loginToken(app, DEMO);
}

/** Signs in through the login page and waits for the programme overview. */
export async function signIn(
  page: Page,
  app: RunningApp,
  credentials: Credentials,
): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('E-mail').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('programme-overview').waitFor();
}

/** Signs in as the demo administrator. */
export function signInAsDemo(page: Page, app: RunningApp): Promise<void> {
  return signIn(page, app, DEMO);
}
