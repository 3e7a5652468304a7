import { CHANNELS } from '@esm-planner/domain-audit';
import { channelFromSource } from './channel-value';

describe(channelFromSource.name, () => {
  it.each(CHANNELS.map((channel) => [channel]))(
    'reads its own name %s',
    (channel) => {
      expect(channelFromSource(channel)).toEqual({
        channel,
        mappedToOther: false,
      });
    },
  );

  it.each([
    ['email', 'EMAIL'],
    [' E-Mail ', 'EMAIL'],
    ['Chat', 'CHAT'],
    ['Microsoft Teams', 'CHAT'],
    ['ivr', 'PHONE'],
    ['Telephone', 'PHONE'],
    ['walk-up', 'WALK_UP'],
    ['Walk up', 'WALK_UP'],
    ['walk_up', 'WALK_UP'],
    ['Walk-in', 'WALK_UP'],
    ['in person', 'WALK_UP'],
    ['Excel', 'SPREADSHEET'],
    ['web form', 'FORM'],
    ['self-service', 'PORTAL'],
    ['Self Service', 'PORTAL'],
    ['virtual agent', 'VIRTUAL_AGENT'],
    ['Virtual-Agent', 'VIRTUAL_AGENT'],
    ['chatbot', 'VIRTUAL_AGENT'],
    ['other', 'OTHER'],
  ])('maps the spelling %p to %s', (value, channel) => {
    expect(channelFromSource(value)).toEqual({ channel, mappedToOther: false });
  });

  it.each([
    ['Fax'],
    ['Carrier pigeon'],
    ['=HYPERLINK("x")'],
    ['+1'],
    ['EMAILS'],
    ['-'],
    ['constructor'],
    ['__proto__'],
    ['toString'],
    ['hasOwnProperty'],
  ])('maps %p to OTHER and says so', (value) => {
    expect(channelFromSource(value)).toEqual({
      channel: 'OTHER',
      mappedToOther: true,
    });
  });

  it.each([[''], ['   '], ['\t']])(
    'has nothing for the empty value %p',
    (value) => {
      expect(channelFromSource(value)).toBeNull();
    },
  );
});
