import { readFileSync } from 'node:fs';
import { renderSchema, SCHEMA_FILE } from './print-schema';

describe('apps/api/schema.gql', () => {
  // The committed schema is what reviewers and the dashboard's codegen read;
  // it must be exactly what the resolvers produce.
  it('is what the resolvers generate (run `npm run schema:generate` if not)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await renderSchema());
  });
});
