import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findOutsideReads, OutsideRead } from './outside-reads/outside-reads';

const ROOT = join(__dirname, '../../..');
const PROBES = join(__dirname, '../probes');

// A clone of the repository has nothing beside it: no test, script or source
// file may read the specification's shared/data (or anything else) outside
// it. Files tests need live in tests/fixtures (see its README).
describe('reads outside the repository', () => {
  it('no test, script or source file of the repository reads outside it', () => {
    expect(findOutsideReads(ROOT)).toEqual([]);
  });

  describe('a planted repository', () => {
    // A small repository in a temporary directory, with shared/data beside it
    // as on a developer's machine, and probes (tests/architecture/probes) of
    // every way of reaching it; their numbered comments are the lines expected.
    let sandbox: string;
    let root: string;
    const plant = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    const probe = (name: string) => readFileSync(join(PROBES, name), 'utf8');
    const linesOf = (findings: OutsideRead[], file: string) =>
      [
        ...new Set(findings.filter((f) => f.file === file).map((f) => f.line)),
      ].sort((a, b) => a - b);

    beforeAll(() => {
      sandbox = mkdtempSync(join(tmpdir(), 'outside-reads-'));
      root = join(sandbox, 'repo');
      mkdirSync(join(sandbox, 'shared', 'data'), { recursive: true });
      plant(
        'libs/domain/audit/src/lib/probe.spec.ts',
        probe('outside-reads.probe.ts.txt'),
      );
      plant(
        'libs/domain/audit/package.json',
        probe('outside-reads.probe.package.json.txt'),
      );
      plant('.ci/run', probe('outside-reads.probe.run.txt'));
      // Data, not code: the fixtures are not scanned.
      plant('tests/fixtures/data.ts', probe('outside-reads.probe.ts.txt'));
    });

    afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

    it('finds every planted read outside the repository, and only those', () => {
      const findings = findOutsideReads(root);
      expect(
        linesOf(findings, 'libs/domain/audit/src/lib/probe.spec.ts'),
      ).toEqual([3, 4, 6, 7, 8, 9, 10, 11, 12, 18, 21, 22]);
      expect(linesOf(findings, 'libs/domain/audit/package.json')).toEqual([3]);
      expect(linesOf(findings, '.ci/run')).toEqual([3, 4]);
      expect(findings.map((f) => f.file)).not.toContain(
        'tests/fixtures/data.ts',
      );
    });

    it('says why and where', () => {
      const findings = findOutsideReads(root).filter(
        (f) => f.file === 'libs/domain/audit/src/lib/probe.spec.ts',
      );
      expect(findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            line: 4,
            reason: `path resolves outside the repository (${join(sandbox, 'shared', 'data')})`,
          }),
          expect.objectContaining({
            line: 4,
            reason: 'names shared/data, shared/spec or shared/tools',
          }),
          expect.objectContaining({
            line: 3,
            reason: 'module path climbs above the repository root',
          }),
          expect.objectContaining({
            line: 7,
            reason: 'absolute path under /work',
          }),
          expect.objectContaining({
            line: 8,
            reason: 'relative path climbs above the repository root',
          }),
        ]),
      );
    });
  });
});
