import { Page } from 'playwright-core';
import { RunningApp } from './running-app';

/** The demo administrator the seed creates; the tests choose its password. */
export const DEMO = { email: 'demo@esm-planner.local', password: 'e2e-demo-password' };

/** A GraphQL call to the running app, failing the test on any error. */
export async function graphql<T>(app: RunningApp, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A session token for the demo administrator, straight from the API. */
export async function demoToken(app: RunningApp): Promise<string> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: DEMO,
    }),
  });
  return ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
}

/** Signs in through the login page and waits for the programme overview. */
export async function signInAsDemo(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('E-mail').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('programme-overview').waitFor();
}
