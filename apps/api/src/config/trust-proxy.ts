import { isIP } from 'node:net';

/** Express's `trust proxy` setting: believe X-Forwarded-For from these hops. */
export type TrustProxy = boolean | number | string[];

// Names Express (proxy-addr) knows for address ranges.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits >= 0 && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY as Express takes it, or null when the value means nothing:
 * `false` (default: the connecting address is the client), `true` (believe
 * the left-most X-Forwarded-For address — only when nothing can reach the API
 * except through the proxy), a number of proxy hops, or a comma-separated
 * list of proxy addresses, subnets and `loopback` / `linklocal` / `uniquelocal`.
 */
export function parseTrustProxy(value: string): TrustProxy | null {
  const trimmed = value.trim();
  if (trimmed === 'false' || trimmed === '') return false;
  if (trimmed === 'true') return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const entries = trimmed.split(',').map((entry) => entry.trim());
  return entries.every(isAddressOrSubnet) ? entries : null;
}
