import {
  channelBars,
  channelChartDescription,
  countAndShare,
  departmentMixRows,
  paretoData,
  paretoDescription,
} from './baseline-charts';

const BY_CHANNEL = [
  { channel: 'EMAIL', count: 121, share: 0.0623 },
  { channel: 'CHAT', count: 100, share: 0.0515 },
  { channel: 'PHONE', count: 0, share: 0 },
  { channel: 'FORM', count: 1180, share: 0.6079 },
];

const TYPES = [
  { requestType: 'PTO question', count: 500, share: 0.5, cumulativeShare: 0.5 },
  {
    requestType: 'Payslip query',
    count: 200,
    share: 0.2,
    cumulativeShare: 0.7,
  },
  { requestType: 'Onboarding', count: 150, share: 0.15, cumulativeShare: 0.85 },
  {
    requestType: 'Address change',
    count: 150,
    share: 0.15,
    cumulativeShare: 1,
  },
];

describe(channelBars.name, () => {
  it('labels the channels and puts the largest first', () => {
    expect(
      channelBars(BY_CHANNEL).map((bar) => [bar.label, bar.valueLabel]),
    ).toEqual([
      ['Form', '1,180 (60.8%)'],
      ['Email', '121 (6.2%)'],
      ['Chat', '100 (5.2%)'],
      ['Phone', '0 (0.0%)'],
    ]);
  });
});

describe(countAndShare.name, () => {
  it('leaves the share out when there is none', () => {
    expect(countAndShare(3, null)).toBe('3');
  });
});

describe(channelChartDescription.name, () => {
  it('names the total and the largest channel', () => {
    expect(channelChartDescription('HR', 'request', 1401, BY_CHANNEL)).toBe(
      'HR’s 1,401 requests by channel; the most through Form: 1,180 (60.8%).',
    );
  });

  it('stops after the total when nothing came in', () => {
    expect(channelChartDescription('Legal', 'matter', 0, [])).toBe(
      'Legal’s 0 matters by channel.',
    );
  });
});

describe(paretoData.name, () => {
  it('keeps the API’s counts and cumulative shares', () => {
    expect(paretoData(TYPES)[1]).toEqual({
      key: 'Payslip query',
      label: 'Payslip query',
      count: 200,
      share: 0.2,
      cumulativeShare: 0.7,
    });
  });
});

describe(paretoDescription.name, () => {
  it('lists the types that make up 80 %', () => {
    expect(paretoDescription('request', TYPES)).toBe(
      '3 request types make up 80% of requests: PTO question, Payslip query and Onboarding.',
    );
  });

  it('uses the singular for one dominant type', () => {
    expect(
      paretoDescription('ticket', [
        { requestType: 'Password reset', count: 9, cumulativeShare: 0.9 },
      ]),
    ).toBe('1 request type makes up 80% of tickets: Password reset.');
  });

  it('says when the top types do not reach 80 %', () => {
    expect(
      paretoDescription('case', [
        { requestType: 'A', count: 1, cumulativeShare: 0.4 },
      ]),
    ).toBe('The only request type makes up less than 80% of cases.');
    expect(paretoDescription('case', [])).toBe('No cases by request type yet.');
  });
});

describe(departmentMixRows.name, () => {
  it('gives each department its channel shares and informal share', () => {
    expect(
      departmentMixRows([
        { id: 'd1', name: 'HR', informalShare: 0.3232, byChannel: BY_CHANNEL },
        { id: 'd2', name: 'Legal', informalShare: null, byChannel: [] },
      ]),
    ).toEqual([
      {
        key: 'd1',
        label: 'HR',
        values: { EMAIL: 0.0623, CHAT: 0.0515, PHONE: 0, FORM: 0.6079 },
        note: '32.3% informal',
      },
      { key: 'd2', label: 'Legal', values: {}, note: undefined },
    ]);
  });
});
