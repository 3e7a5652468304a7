import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(__dirname, '../../screenshots');

/** True when a browser can run; otherwise says so in one loud line. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  console.warn(
    `!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH) !!!`,
  );
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
  });
}

/**
 * Runs `steps`; when they fail, writes a full-page screenshot
 * (`failure-<name>.png`) and prints where the page was and what it showed,
 * then fails as they did. For steps that failed once in CI and never here.
 */
export async function reportingFailure<T>(
  page: Page,
  name: string,
  steps: () => Promise<T>,
  context: () => unknown = () => undefined,
): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    const shown = await page
      .locator('main')
      .innerText({ timeout: 2000 })
      .catch(() => '(no main)');
    await screenshot(page, `failure-${name}`).catch(() => undefined);
    console.error(
      `${name} failed at ${page.url()}\n--- main ---\n${shown.slice(0, 2000)}\n--- context ---\n${JSON.stringify(context(), null, 2)}`,
    );
    throw error;
  }
}
