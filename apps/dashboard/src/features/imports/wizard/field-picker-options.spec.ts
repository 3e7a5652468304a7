import {
  choiceOfPickerValue,
  pickerOptions,
  pickerValue,
} from './field-picker-options';

const CHANNELS = [
  { value: 'EMAIL', label: 'Email' },
  { value: 'PHONE', label: 'Phone' },
];

describe(pickerValue.name, () => {
  it.each([
    [{ kind: 'unbound' } as const, ''],
    [{ kind: 'column', column: 'Opened' } as const, 'column:Opened'],
    [{ kind: 'constant', value: 'EMAIL' } as const, 'constant'],
  ])('encodes %j as %j', (choice, value) => {
    expect(pickerValue(choice)).toBe(value);
  });
});

describe(pickerOptions.name, () => {
  it('offers no column, each column, then one value for every row', () => {
    expect(
      pickerOptions({ required: false, type: 'channel' }, ['Channel', 'Via']),
    ).toEqual([
      { value: '', label: 'Not in the file' },
      { value: 'column:Channel', label: 'Channel' },
      { value: 'column:Via', label: 'Via' },
      { value: 'constant', label: 'One value for every row…' },
    ]);
  });

  it('asks for a column when the field is required, and has no constant for dates', () => {
    for (const type of ['timestamp', 'date'] as const)
      expect(pickerOptions({ required: true, type }, ['Opened'])).toEqual([
        { value: '', label: 'Choose a column…' },
        { value: 'column:Opened', label: 'Opened' },
      ]);
  });
});

describe(choiceOfPickerValue.name, () => {
  it('reads a column back, even one named like the constant option', () => {
    expect(choiceOfPickerValue('column:constant', CHANNELS)).toEqual({
      kind: 'column',
      column: 'constant',
    });
  });

  it('starts a constant at the first target, or empty text without targets', () => {
    expect(choiceOfPickerValue('constant', CHANNELS)).toEqual({
      kind: 'constant',
      value: 'EMAIL',
    });
    expect(choiceOfPickerValue('constant', null)).toEqual({
      kind: 'constant',
      value: '',
    });
  });

  it('unbinds the field for the empty option', () => {
    expect(choiceOfPickerValue('', CHANNELS)).toEqual({ kind: 'unbound' });
  });

  it('round-trips every option it offers', () => {
    const options = pickerOptions({ required: false, type: 'text' }, ['A']);
    expect(
      options.map((option) =>
        pickerValue(choiceOfPickerValue(option.value, null)),
      ),
    ).toEqual(options.map((option) => option.value));
  });
});
