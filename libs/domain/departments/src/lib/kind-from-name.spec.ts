import { kindFromName } from './kind-from-name';

describe(kindFromName.name, () => {
  it.each([
    ['IT', 'IT'],
    ['FINANCE', 'FINANCE'],
    [' Human  Resources ', 'HR'],
    ['Facilities', 'FACILITIES'],
    ['Procurement', 'PROCUREMENT'],
    ['Marketing', 'OTHER'],
    ['Network Operations', 'OTHER'],
    ['constructor', 'OTHER'],
    ['__proto__', 'OTHER'],
  ])('%p → %s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});
