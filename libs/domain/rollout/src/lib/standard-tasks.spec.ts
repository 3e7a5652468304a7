import { vocabularyFor } from '@esm-planner/domain-departments';
import { ROLLOUT_PHASES } from './rollout-phase';
import { standardTasks } from './standard-tasks';

describe(standardTasks.name, () => {
  it('seeds one task per item of the domain §4 table, 4 per phase, in order', () => {
    const tasks = standardTasks({ vocabulary: 'request' });
    expect(tasks).toHaveLength(15);
    const perPhase = ROLLOUT_PHASES.map(
      (phase) => tasks.filter((t) => t.phase === phase).length,
    );
    expect(perPhase).toEqual([4, 4, 4, 3]);
    expect(new Set(tasks.map((t) => t.key)).size).toBe(15);
    expect(tasks.map((t) => t.phase)).toEqual(
      [...tasks.map((t) => t.phase)].sort(
        (a, b) => ROLLOUT_PHASES.indexOf(a) - ROLLOUT_PHASES.indexOf(b),
      ),
    );
  });

  it('speaks Legal’s language', () => {
    const titles = standardTasks({
      vocabulary: vocabularyFor({ kind: 'LEGAL' }),
    }).map((t) => t.title);
    expect(titles).toEqual([
      'Audit matter volume by channel',
      'Map the top 10 matter types',
      'Name the service owner',
      'Connect the identity provider, the HR system and the chat channel',
      "Build the catalogue in the department's own language (matters)",
      'Configure the top 5 workflows end-to-end',
      'Set an SLA per matter type',
      'Train the service owner',
      'Launch with a defined pilot group',
      'Track matter volume by channel, deflection, resolution and time to resolution',
      'Collect weekly feedback from the pilot group',
      'Fix routing errors and update the knowledge base',
      'Roll out to all employees',
      'Present deflection and resolution data to department leadership and the CIO',
      'Start the audit of the next department',
    ]);
  });

  it('uses a several-word vocabulary as it is, trimmed', () => {
    const tasks = standardTasks({ vocabulary: '  purchase   request ' });
    expect(tasks[1].title).toBe('Map the top 10 purchase request types');
    expect(tasks[4].title).toBe(
      "Build the catalogue in the department's own language (purchase requests)",
    );
  });

  it('gives the same keys whatever the vocabulary', () => {
    const keys = (vocabulary: string) =>
      standardTasks({ vocabulary }).map((t) => t.key);
    expect(keys('ticket')).toEqual(keys('case'));
  });

  it('refuses a blank vocabulary', () => {
    expect(() => standardTasks({ vocabulary: '  ' })).toThrow(RangeError);
  });
});
