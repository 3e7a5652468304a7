import { DepartmentKind } from './department-kind';
import { departmentNameKey } from './department-draft';

// Names departments commonly go by, as departmentNameKey gives them.
const KNOWN_NAMES: ReadonlyMap<string, DepartmentKind> = new Map(
  Object.entries({
    it: 'IT',
    'information technology': 'IT',
    'it service desk': 'IT',
    'service desk': 'IT',
    hr: 'HR',
    'human resources': 'HR',
    people: 'HR',
    'people & culture': 'HR',
    finance: 'FINANCE',
    accounting: 'FINANCE',
    legal: 'LEGAL',
    facilities: 'FACILITIES',
    workplace: 'FACILITIES',
    procurement: 'PROCUREMENT',
    purchasing: 'PROCUREMENT',
    security: 'SECURITY',
    'information security': 'SECURITY',
  }) as [string, DepartmentKind][],
);

/**
 * The kind of a department an import creates from a name in a file ("HR",
 * "Human Resources" → HR); OTHER when the name says nothing about it. The
 * CoE can change the kind afterwards.
 */
export function kindFromName(name: string): DepartmentKind {
  // A Map, so that a name such as "constructor" is just an unknown name.
  return KNOWN_NAMES.get(departmentNameKey(name)) ?? 'OTHER';
}
