/** The demo password docs and the start banner publish. */
export const DEFAULT_DEMO_PASSWORD = 'demo-planner-2026';

export type DemoSeedDecision =
  { seed: false } | { seed: true; password: string };

/**
 * Whether the demo organisation and its logins are seeded (api.md "Who may
 * do what"): on the embedded database `npm start` runs by default; on a
 * server given by DATABASE_URL only with SEED_DEMO=true; SEED_DEMO=false
 * turns it off everywhere. A production server never gets the published
 * password: SEED_DEMO=true there needs a DEMO_PASSWORD of its own.
 */
export function demoSeedDecision({
  seedDemo,
  embeddedDatabase,
  demoPassword,
  production,
}: {
  /** SEED_DEMO, or undefined when unset. */
  seedDemo: boolean | undefined;
  /** True when `npm start` runs the embedded PostgreSQL (it says so in DATABASE_EMBEDDED). */
  embeddedDatabase: boolean;
  /** DEMO_PASSWORD, or undefined when unset. */
  demoPassword: string | undefined;
  production: boolean;
}): DemoSeedDecision {
  if (!(seedDemo ?? embeddedDatabase)) return { seed: false };
  const password = demoPassword ?? DEFAULT_DEMO_PASSWORD;
  if (production && !embeddedDatabase && password === DEFAULT_DEMO_PASSWORD) {
    throw new Error(
      'SEED_DEMO=true with NODE_ENV=production needs DEMO_PASSWORD: the default demo password is published',
    );
  }
  return { seed: true, password };
}
