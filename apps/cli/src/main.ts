import { Command } from 'commander';
import { runAdminCreate } from './commands/admin-create-command';
import { runImport } from './commands/import-command';
import { TOKEN_ON_COMMAND_LINE, TokenError } from './lib/api-token';
import { UsageError } from './lib/import-options';

const program = new Command()
  .name('esm-planner')
  .description(
    'ESM Planner from the command line. The API token comes from --token-file, ESM_PLANNER_TOKEN or a prompt.',
  )
  .showHelpAfterError();

program
  .command('import')
  .description(
    'Import a file (CSV or XLSX) and wait for its report; Ctrl-C cancels the import. Or cancel one: import --cancel JOB.',
  )
  .argument('[file]', 'the file to import')
  .option('--org <id>', 'organisation id (needed to import)')
  .option('--kind <kind>', 'audit | metrics | requests (needed to import)')
  .option(
    '--format <format>',
    'generic | servicenow | jsm | freshservice',
    'generic',
  )
  .option(
    '--window <start..end>',
    'the audit window, e.g. 2026-03-02..2026-03-15 (audits only)',
  )
  .option(
    '--create-departments',
    'create departments the file names that do not exist',
  )
  .option(
    '--map <source=department...>',
    'map a department name in the file onto one of the organisation',
  )
  .option(
    '--mapping <name>',
    'read the file through the organisation’s saved column mapping of this name (its kind is the default --kind)',
  )
  .option(
    '--skip-invalid',
    'store the valid rows and skip the invalid ones (listed in a CSV) instead of failing',
  )
  .option(
    '--skipped-rows <file>',
    'where the list of skipped rows goes (default: <file>.skipped.csv next to the input, written only when rows were skipped)',
  )
  .option('--dry-run', 'check and count everything, store nothing')
  .option(
    '--cancel <job>',
    'cancel a queued or running import by its job id (nothing of it is stored)',
  )
  .option(
    '--api <url>',
    'the API’s base URL',
    process.env.ESM_PLANNER_API ?? 'http://localhost:3000',
  )
  .option(
    '--token-file <path>',
    'a file holding the API token (createApiToken), or - for standard input; else ESM_PLANNER_TOKEN, else a prompt',
  )
  .action(async (file: string | undefined, options) => {
    process.exitCode = await runImport(file, options);
  });

program
  .command('admin')
  .description(
    'Instance administration, straight on the database (DATABASE_URL); no server needs to run.',
  )
  .command('create')
  .description(
    'Create the first ADMIN and their organisation on a database with no user yet (docs/access.md). The password comes from a prompt, or the first line of standard input.',
  )
  .requiredOption('--email <email>', 'the ADMIN’s e-mail (their sign-in)')
  .requiredOption('--name <name>', 'the ADMIN’s name')
  .requiredOption('--organization <name>', 'the organisation’s name')
  .option(
    '--time-zone <zone>',
    'the organisation’s IANA time zone, e.g. Europe/London',
    'UTC',
  )
  .option(
    '--currency <code>',
    'the organisation’s ISO 4217 currency, e.g. GBP',
    'USD',
  )
  .action(async (options) => {
    process.exitCode = await runAdminCreate(options);
  });

// Refused before anything runs; the value itself is never repeated.
if (
  process.argv.some((arg) => arg === '--token' || arg.startsWith('--token='))
) {
  console.error(`esm-planner: ${TOKEN_ON_COMMAND_LINE}`);
  process.exit(2);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof TokenError) {
    console.error(`esm-planner: ${error.message}`);
    process.exitCode = 2;
    return;
  }
  console.error(
    `esm-planner: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
