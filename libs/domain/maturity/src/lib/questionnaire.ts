import { MaturityDimension } from './dimension';

/** One statement of the questionnaire, answered 1 (not at all) to 5 (fully, and kept up). */
export type MaturityQuestion = {
  /** Stable id: answers are stored by it, so a wording change keeps history. */
  id: string;
  dimension: MaturityDimension;
  text: string;
};

// Written from the practices of the spec (domain §5, §7) and the background
// guides: a named sponsor and cross-functional steering group, a CoE with
// its seven roles, owners before launch, quarterly catalogue review, fix the
// process before automating it, each department's own vocabulary, funded
// change management with champions, the audit before the pitch, deflection
// designed in from day one. docs/maturity.md lists the sources.
export const MATURITY_QUESTIONS: readonly MaturityQuestion[] = [
  {
    id: 'gov-sponsor',
    dimension: 'GOVERNANCE',
    text: 'A named executive sponsor backs the programme and speaks for it outside IT.',
  },
  {
    id: 'gov-steering',
    dimension: 'GOVERNANCE',
    text: 'A cross-functional steering group (not only IT) meets regularly and decides the roadmap.',
  },
  {
    id: 'gov-coe',
    dimension: 'GOVERNANCE',
    text: 'A Centre of Excellence is staffed for its roles: team, communications, training, product owner, development, maintenance, reporting.',
  },
  {
    id: 'gov-enhancements',
    dimension: 'GOVERNANCE',
    text: 'Enhancement requests are ranked by value and effort, and the product owner declines as readily as accepting.',
  },
  {
    id: 'gov-same-model',
    dimension: 'GOVERNANCE',
    text: 'Every department runs on the same platform model (instance, release process, catalogue structure).',
  },

  {
    id: 'own-named',
    dimension: 'SERVICE_OWNERSHIP',
    text: 'Every service in the catalogue has a named owner before it launches.',
  },
  {
    id: 'own-department-owns',
    dimension: 'SERVICE_OWNERSHIP',
    text: 'Each department owns and updates its own catalogue without going through IT.',
  },
  {
    id: 'own-accuracy',
    dimension: 'SERVICE_OWNERSHIP',
    text: 'Catalogue items reflect how the work really happens; requests are routed right the first time.',
  },
  {
    id: 'own-review',
    dimension: 'SERVICE_OWNERSHIP',
    text: 'Catalogue items are reviewed at least quarterly and the review date is recorded.',
  },

  {
    id: 'proc-fixed-first',
    dimension: 'PROCESS',
    text: 'Processes are reviewed and fixed before they are automated.',
  },
  {
    id: 'proc-mapped',
    dimension: 'PROCESS',
    text: 'The top request types are mapped end to end, with their approvals and hand-offs.',
  },
  {
    id: 'proc-sla',
    dimension: 'PROCESS',
    text: 'Each request type has an agreed target time that the people doing the work accept.',
  },
  {
    id: 'proc-pilot',
    dimension: 'PROCESS',
    text: 'Every rollout starts with a defined pilot group, and routing errors found there are fixed before scaling.',
  },

  {
    id: 'ppl-budget',
    dimension: 'PEOPLE_AND_CHANGE',
    text: 'Change management has its own budget, well above the 10 % average of transformation budgets.',
  },
  {
    id: 'ppl-champions',
    dimension: 'PEOPLE_AND_CHANGE',
    text: 'Each department has internal champions who promote the new way of asking for help.',
  },
  {
    id: 'ppl-training',
    dimension: 'PEOPLE_AND_CHANGE',
    text: 'Service owners and users get ongoing training, not only at launch.',
  },
  {
    id: 'ppl-vocabulary',
    dimension: 'PEOPLE_AND_CHANGE',
    text: 'Each department’s services and messages use its own words (requests, approvals, matters — not tickets).',
  },
  {
    id: 'ppl-leadership',
    dimension: 'PEOPLE_AND_CHANGE',
    text: 'Leaders endorse the change visibly; announcements come from executives and internal customers.',
  },

  {
    id: 'meas-baseline',
    dimension: 'MEASUREMENT',
    text: 'A baseline audit of request volume by channel exists for each department before its rollout.',
  },
  {
    id: 'meas-sla',
    dimension: 'MEASUREMENT',
    text: 'SLA attainment is tracked for every catalogue item that has a target.',
  },
  {
    id: 'meas-deflection',
    dimension: 'MEASUREMENT',
    text: 'Deflection, resolution and time to resolution are tracked weekly.',
  },
  {
    id: 'meas-value',
    dimension: 'MEASUREMENT',
    text: 'Value (hours returned, cost avoided) is reported to department leadership and the CIO.',
  },

  {
    id: 'auto-resolve',
    dimension: 'AUTOMATION',
    text: 'Catalogue items are designed to resolve requests end to end, not only to route them to a person.',
  },
  {
    id: 'auto-deflection',
    dimension: 'AUTOMATION',
    text: 'Deflection reaches the published benchmark for the department’s kind.',
  },
  {
    id: 'auto-integrations',
    dimension: 'AUTOMATION',
    text: 'The identity provider, the HR system and the chat channel are connected, so requests resolve without re-keying.',
  },
  {
    id: 'auto-knowledge',
    dimension: 'AUTOMATION',
    text: 'Resolved requests feed the knowledge base, which stays current without a team of editors.',
  },
];

const BY_ID = new Map(
  MATURITY_QUESTIONS.map((question, index) => [
    question.id,
    { question, index },
  ]),
);

export function questionById(id: string): MaturityQuestion | undefined {
  return BY_ID.get(id)?.question;
}

/** Position in the questionnaire, for stable ordering; -1 when unknown. */
export function questionIndex(id: string): number {
  return BY_ID.get(id)?.index ?? -1;
}
