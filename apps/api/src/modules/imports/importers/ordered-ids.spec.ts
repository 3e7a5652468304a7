import { orderedIdPrefix } from './ordered-ids';

describe('orderedIdPrefix', () => {
  it('lays out milliseconds, version 7, the random bits and the variant (worked by hand)', () => {
    // 1,767,225,600,000 ms (2026-01-01T00:00:00Z) = 0x019b76da_a800;
    // random ff ff ff ff: rand_a fff; variant 10 + 14 ones = 0b1011_1111_1111_1111 = bfff.
    expect(
      orderedIdPrefix(1_767_225_600_000, Buffer.from([0xff, 0xff, 0xff, 0xff])),
    ).toBe('019b76da-a800-7fff-bfff-');
    // random 00 00 00 00: rand_a 000, variant 10 + 14 zeros = 8000.
    expect(orderedIdPrefix(1_767_225_600_000, Buffer.from([0, 0, 0, 0]))).toBe(
      '019b76da-a800-7000-8000-',
    );
  });

  it('sorts later imports after earlier ones whatever their random bits', () => {
    const earlier = orderedIdPrefix(
      1_767_225_600_000,
      Buffer.from([0xff, 0xff, 0xff, 0xff]),
    );
    const later = orderedIdPrefix(1_767_225_600_001, Buffer.from([0, 0, 0, 0]));
    expect(later > earlier).toBe(true);
  });

  it('makes a valid UUID with a 12-digit counter', () => {
    const id = `${orderedIdPrefix()}${(634_089).toString(16).padStart(12, '0')}`;
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
