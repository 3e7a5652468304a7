import DataLoader from 'dataloader';
import { requestLoader } from './request-loader';

describe('requestLoader', () => {
  const owner = {};
  const make = () => new DataLoader(async (keys: readonly string[]) => keys);

  it('gives one loader per request and owner', () => {
    const request = {};
    const first = requestLoader(request, owner, make);
    expect(requestLoader(request, owner, make)).toBe(first);
    expect(requestLoader(request, {}, make)).not.toBe(first);
  });

  it('never shares a loader between two requests', () => {
    const first = requestLoader({}, owner, make);
    expect(requestLoader({}, owner, make)).not.toBe(first);
  });
});
