import { nextDecisions, roleLabel, statusLabel } from './coe-labels';

describe('CoE labels', () => {
  it('offers only the decisions the API allows', () => {
    expect(nextDecisions('NEW')).toEqual(['ACCEPTED', 'DECLINED']);
    expect(nextDecisions('ACCEPTED')).toEqual(['DONE', 'DECLINED']);
    expect(nextDecisions('DECLINED')).toEqual([]);
    expect(nextDecisions('DONE')).toEqual([]);
  });

  it('labels roles and statuses', () => {
    expect(roleLabel('PRODUCT_OWNER')).toBe('Product owner');
    expect(statusLabel('DECLINED')).toBe('Declined');
  });
});
