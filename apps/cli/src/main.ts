import { Command } from 'commander';
import { runImport, UsageError } from './commands/import-command';
import { TOKEN_ON_COMMAND_LINE, TokenError } from './lib/api-token';

const program = new Command()
  .name('esm-planner')
  .description('ESM Planner from the command line. The API token comes from --token-file, ESM_PLANNER_TOKEN or a prompt.')
  .showHelpAfterError();

program
  .command('import')
  .description('Import a file (CSV or XLSX) and wait for its report.')
  .argument('<file>', 'the file to import')
  .requiredOption('--org <id>', 'organisation id')
  .requiredOption('--kind <kind>', 'audit | metrics | requests')
  .option('--format <format>', 'generic | servicenow | jsm | freshservice', 'generic')
  .option('--window <start..end>', 'the audit window, e.g. 2026-03-02..2026-03-15 (audits only)')
  .option('--create-departments', 'create departments the file names that do not exist')
  .option('--map <source=department...>', 'map a department name in the file onto one of the organisation')
  .option('--api <url>', 'the API’s base URL', process.env.ESM_PLANNER_API ?? 'http://localhost:3000')
  .option('--token-file <path>', 'a file holding the API token (createApiToken), or - for standard input; else ESM_PLANNER_TOKEN, else a prompt')
  .action(async (file: string, options) => {
    process.exitCode = await runImport(file, options);
  });

// Refused before anything runs; the value itself is never repeated.
if (process.argv.some((arg) => arg === '--token' || arg.startsWith('--token='))) {
  console.error(`esm-planner: ${TOKEN_ON_COMMAND_LINE}`);
  process.exit(2);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof TokenError) {
    console.error(`esm-planner: ${error.message}`);
    process.exitCode = 2;
    return;
  }
  console.error(`esm-planner: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
