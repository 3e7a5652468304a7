import {
  addPersonProblems,
  EMPTY_PERSON,
  membershipDepartments,
} from './add-person-form';

describe('add person form', () => {
  const valid = {
    ...EMPTY_PERSON,
    name: 'Ann',
    email: 'ann@example.test',
    password: '0123456789',
  };

  it('accepts a complete viewer', () => {
    expect(addPersonProblems(valid)).toEqual([]);
  });

  it('names each missing or bad field', () => {
    expect(
      addPersonProblems({
        ...EMPTY_PERSON,
        email: 'ann',
        password: '123456789',
        role: 'DEPARTMENT_HEAD',
      }),
    ).toEqual([
      { field: 'name', message: 'Enter the person’s name.' },
      {
        field: 'email',
        message: 'Enter an e-mail address, like name@example.com.',
      },
      {
        field: 'password',
        message: 'Password must be at least 10 characters.',
      },
      { field: 'departmentIds', message: 'Tick the departments they head.' },
    ]);
  });

  it('sends departments only with the department-head role', () => {
    expect(
      membershipDepartments({ ...valid, role: 'COE', departmentIds: ['d1'] }),
    ).toEqual([]);
    expect(
      membershipDepartments({
        ...valid,
        role: 'DEPARTMENT_HEAD',
        departmentIds: ['d1'],
      }),
    ).toEqual(['d1']);
  });
});
