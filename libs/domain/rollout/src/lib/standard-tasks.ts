import { pluralizeVocabulary } from '@esm-planner/domain-departments';
import { RolloutPhase } from './rollout-phase';

/**
 * A task seeded into a new plan. `key` names the standard task whatever its
 * title becomes after the CoE edits it; the API stores the rest.
 */
export type StandardTask = { key: string; phase: RolloutPhase; title: string };

type Template = {
  key: string;
  phase: RolloutPhase;
  title: (word: string, plural: string) => string;
};

// One task per item of the domain §4 table, in its order. Titles use the
// department's own word for a unit of work ("Map the top 10 matter types"):
// the programme speaks each department's language, not IT's.
const TEMPLATES: readonly Template[] = [
  {
    key: 'audit-volume-by-channel',
    phase: 'AUDIT_AND_DESIGN',
    title: (w) => `Audit ${w} volume by channel`,
  },
  {
    key: 'map-top-request-types',
    phase: 'AUDIT_AND_DESIGN',
    title: (w) => `Map the top 10 ${w} types`,
  },
  {
    key: 'name-service-owner',
    phase: 'AUDIT_AND_DESIGN',
    title: () => 'Name the service owner',
  },
  {
    key: 'connect-systems',
    phase: 'AUDIT_AND_DESIGN',
    title: () =>
      'Connect the identity provider, the HR system and the chat channel',
  },
  {
    key: 'build-catalogue',
    phase: 'BUILD_AND_CONFIGURE',
    title: (_w, plural) =>
      `Build the catalogue in the department's own language (${plural})`,
  },
  {
    key: 'configure-top-workflows',
    phase: 'BUILD_AND_CONFIGURE',
    title: () => 'Configure the top 5 workflows end-to-end',
  },
  {
    key: 'set-slas',
    phase: 'BUILD_AND_CONFIGURE',
    title: (w) => `Set an SLA per ${w} type`,
  },
  {
    key: 'train-service-owner',
    phase: 'BUILD_AND_CONFIGURE',
    title: () => 'Train the service owner',
  },
  {
    key: 'launch-pilot',
    phase: 'PILOT_AND_MEASURE',
    title: () => 'Launch with a defined pilot group',
  },
  {
    key: 'track-pilot-metrics',
    phase: 'PILOT_AND_MEASURE',
    title: (w) =>
      `Track ${w} volume by channel, deflection, resolution and time to resolution`,
  },
  {
    key: 'weekly-feedback',
    phase: 'PILOT_AND_MEASURE',
    title: () => 'Collect weekly feedback from the pilot group',
  },
  {
    key: 'fix-routing-and-knowledge',
    phase: 'PILOT_AND_MEASURE',
    title: () => 'Fix routing errors and update the knowledge base',
  },
  {
    key: 'roll-out-to-all',
    phase: 'FULL_ROLLOUT_AND_EXPAND',
    title: () => 'Roll out to all employees',
  },
  {
    key: 'present-results',
    phase: 'FULL_ROLLOUT_AND_EXPAND',
    title: () =>
      'Present deflection and resolution data to department leadership and the CIO',
  },
  {
    key: 'start-next-audit',
    phase: 'FULL_ROLLOUT_AND_EXPAND',
    title: () => 'Start the audit of the next department',
  },
];

/**
 * The standard tasks of a new plan (domain §4), phase by phase, worded with
 * the department's vocabulary (use vocabularyFor from domain-departments for
 * the default of its kind). Throws a RangeError for a blank vocabulary.
 */
export function standardTasks({
  vocabulary,
}: {
  vocabulary: string;
}): StandardTask[] {
  const word = vocabulary.trim().replace(/\s+/g, ' ');
  if (word === '') throw new RangeError('vocabulary must not be empty');
  const plural = pluralizeVocabulary(word, 2);
  return TEMPLATES.map(({ key, phase, title }) => ({
    key,
    phase,
    title: title(word, plural),
  }));
}
