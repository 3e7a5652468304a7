import type {
  DepartmentKind,
  DepartmentStatus,
} from '@esm-planner/dashboard-data-access-graphql';
import type { BadgeTone, SelectOption } from '@esm-planner/dashboard-ui';
import {
  DEFAULT_VOCABULARY,
  DEPARTMENT_KINDS,
  DEPARTMENT_STATUSES,
  pluralizeVocabulary,
} from '@esm-planner/domain-departments';
import {
  DEPARTMENT_KIND_LABELS,
  DEPARTMENT_STATUS_LABELS,
} from '@esm-planner/shared-util-format';

// The shared dictionary, checked against the API's enums.
const KIND_LABELS: Readonly<Record<DepartmentKind, string>> =
  DEPARTMENT_KIND_LABELS;

const STATUS_LABELS: Readonly<Record<DepartmentStatus, string>> =
  DEPARTMENT_STATUS_LABELS;

// Tones darken along the lifecycle, and only LIVE is green: a department
// that is still piloting should not read as done.
const STATUS_TONES: Readonly<Record<DepartmentStatus, BadgeTone>> = {
  PLANNED: 'neutral',
  AUDITING: 'info',
  BUILDING: 'progress',
  PILOTING: 'accent',
  LIVE: 'success',
};

export function kindLabel(kind: DepartmentKind): string {
  return KIND_LABELS[kind];
}

export function statusLabel(status: DepartmentStatus): string {
  return STATUS_LABELS[status];
}

export function statusTone(status: DepartmentStatus): BadgeTone {
  return STATUS_TONES[status];
}

/** The kinds in the programme's usual order (IT first), for a select. */
export const KIND_OPTIONS: readonly SelectOption[] = DEPARTMENT_KINDS.map(
  (kind) => ({
    value: kind,
    label: KIND_LABELS[kind],
  }),
);

/** The statuses in lifecycle order, for a select. */
export const STATUS_OPTIONS: readonly SelectOption[] = DEPARTMENT_STATUSES.map(
  (status) => ({
    value: status,
    label: STATUS_LABELS[status],
  }),
);

/** The plural of a department's word: "ticket" → "tickets". */
export function vocabularyPlural(vocabulary: string): string {
  return pluralizeVocabulary(vocabulary, 2);
}

/** "Works in: purchase requests". */
export function worksInLabel(vocabulary: string): string {
  return `Works in: ${vocabularyPlural(vocabulary)}`;
}

/** The kind's own word, shown as the placeholder of an empty vocabulary field. */
export function defaultVocabularyFor(
  kind: DepartmentKind | '',
): string | undefined {
  return kind === '' ? undefined : DEFAULT_VOCABULARY[kind];
}
