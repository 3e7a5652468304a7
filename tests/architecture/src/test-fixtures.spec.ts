import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(__dirname, '../../fixtures');

// tests/fixtures/README.md lists every fixture with its SHA-256: the files are
// copies of the project's sample data, and tests state figures counted from
// them, so a changed or unlisted file is a mistake.
function listedDigests(): Map<string, string> {
  const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
  const rows = [
    ...readme.matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm),
  ];
  return new Map(rows.map(([, file, digest]) => [file, digest]));
}

describe('tests/fixtures', () => {
  const files = readdirSync(FIXTURES)
    .filter((file) => file !== 'README.md')
    .sort();

  it('lists every fixture in its README, and nothing else', () => {
    expect([...listedDigests().keys()].sort()).toEqual(files);
  });

  it.each(files)('%s is the file its README describes (SHA-256)', (file) => {
    const digest = createHash('sha256')
      .update(readFileSync(join(FIXTURES, file)))
      .digest('hex');
    expect(digest).toBe(listedDigests().get(file));
  });
});
