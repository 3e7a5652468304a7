import { renderToStaticMarkup } from 'react-dom/server';
import { CheckedForm, type CheckedFormProps } from './CheckedForm';

const labels = { title: 'Title', dueDate: 'Due date' };
const failed = {
  problems: { fields: { title: 'Enter a title' }, other: [] },
  attempt: 1,
};
const left = { ...failed, attempt: 0 };

function html(props: Partial<CheckedFormProps>): string {
  return renderToStaticMarkup(
    <CheckedForm
      checks={failed}
      labels={labels}
      failureTitle="The task was not added"
      onSubmit={() => undefined}
      className="rollout-form"
      {...props}
    >
      <input name="title" />
    </CheckedForm>,
  );
}

describe('CheckedForm', () => {
  it('turns the browser’s checks off and puts the summary above the fields', () => {
    const markup = html({ testId: 'add-task', id: 'add-task-form' });
    expect(markup).toMatch(
      /^<form id="add-task-form" class="rollout-form" noValidate="" data-testid="add-task">/,
    );
    expect(markup.indexOf('The task was not added')).toBeLessThan(
      markup.indexOf('<input name="title"/>'),
    );
    expect(markup).toContain('Enter a title');
  });

  it('keeps a lead (the form’s heading) above the summary', () => {
    const markup = html({ lead: <h3>Add a task</h3> });
    expect(markup.indexOf('<h3>Add a task</h3>')).toBeLessThan(
      markup.indexOf('The task was not added'),
    );
  });

  it('holds the summary back until a submit when asked, and shows it after one', () => {
    expect(html({ checks: left, summaryAfterSubmit: true })).not.toContain(
      'The task was not added',
    );
    expect(html({ checks: left })).toContain('The task was not added');
    expect(html({ summaryAfterSubmit: true })).toContain(
      'The task was not added',
    );
  });
});
