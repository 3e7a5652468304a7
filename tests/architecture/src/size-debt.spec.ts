import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = join(__dirname, '../../..');

type Sizes = {
  maxLines: Record<string, unknown>;
  maxLinesPerFunction: Record<string, unknown>;
  debt: string[];
};
const SIZES = JSON.parse(
  readFileSync(join(ROOT, 'eslint.sizes.json'), 'utf8'),
) as Sizes;

// eslint.config.mjs switches the size rules off for the files in
// eslint.sizes.json's "debt" (written before the rule). The list may only
// shrink: a listed file that already complies must leave the list, so that
// it stays checked from then on.
describe('the size rules’ debt list', () => {
  it('names files that exist, each once', () => {
    expect(SIZES.debt.filter((file) => !existsSync(join(ROOT, file)))).toEqual(
      [],
    );
    expect(new Set(SIZES.debt).size).toBe(SIZES.debt.length);
  });

  it('holds only files that still break a size rule', async () => {
    // The rules alone, without the type-aware ones: a plain parse is enough
    // to count lines, and it keeps this test to seconds.
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts', '**/*.tsx'],
          languageOptions: {
            parser: tseslint.parser as never,
            parserOptions: { ecmaFeatures: { jsx: true } },
          },
          rules: {
            'max-lines': ['error', SIZES.maxLines],
            'max-lines-per-function': ['error', SIZES.maxLinesPerFunction],
          },
        },
      ],
    });
    // An empty list is the goal; ESLint would read no patterns as "lint everything".
    const results =
      SIZES.debt.length === 0 ? [] : await eslint.lintFiles(SIZES.debt);
    const compliant = results
      .filter((result) => result.messages.length === 0)
      .map((result) => result.filePath.slice(ROOT.length + 1));
    expect(compliant).toEqual([]);
  });
});
