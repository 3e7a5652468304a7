// `npm run cli -- admin create …` runs this (apps/cli/src/commands/admin-create-command.ts):
// the first ADMIN and organisation of an instance, straight into DATABASE_URL,
// with no server running (api.md "First run on a real database").
// Arguments: --email --name --organization [--time-zone] [--currency]; the
// password arrives on standard input (the CLI prompts for it).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@esm-planner/api-data-access-db';
import { AppError } from '../src/common/app-error';
import { createFirstAdministrator } from '../src/modules/setup/first-administrator';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      organization: { type: 'string' },
      'time-zone': { type: 'string', default: 'UTC' },
      currency: { type: 'string', default: 'USD' },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'esm-planner: DATABASE_URL is not set: name the PostgreSQL database to set up',
    );
    return 2;
  }
  // One line only: a password never ends with the newline that typing it or `echo` adds.
  const password = (await readStdin()).replace(/\r?\n$/, '');
  const dataSource = new DataSource({
    ...dataSourceOptions({
      url,
      poolSize: 2,
      applicationName: 'esm-planner-cli',
    }),
    migrationsRun: true,
  });
  await dataSource.initialize();
  try {
    const { user, organization } = await createFirstAdministrator(dataSource, {
      email: values.email ?? '',
      name: values.name ?? '',
      password,
      organizationName: values.organization ?? '',
      timeZone: values['time-zone'] ?? 'UTC',
      currency: values.currency ?? 'USD',
    });
    console.log(
      `Created ${user.email}, ADMIN of "${organization.name}" (organisation ${organization.id}).`,
    );
    console.log(
      'Start the server (npm start) and sign in with this e-mail and password.',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fields = (error.extensions.fields ?? []) as {
      field: string;
      message: string;
    }[];
    // The CLI's own option names, not the API's field names.
    const option: Record<string, string> = {
      organizationName: '--organization',
      timeZone: '--time-zone',
      currency: '--currency',
      email: '--email',
      name: '--name',
      password: 'password',
    };
    if (fields.length === 0) console.error(`esm-planner: ${error.message}`);
    for (const problem of fields)
      console.error(
        `esm-planner: ${option[problem.field] ?? problem.field}: ${problem.message}`,
      );
    return error.code === 'BAD_USER_INPUT' ? 2 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `esm-planner: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
