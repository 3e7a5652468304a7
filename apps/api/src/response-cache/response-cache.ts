import { LRUCache } from 'lru-cache';

/** A stored answer: the exact bytes Apollo sent, and their content type. */
export type CachedResponse = { body: string; contentType: string };

/** What an answer depends on besides the data (docs/decisions/0027). */
export type ResponseKeyParts = {
  /** Who asks: the user (their memberships, role and departments are data) or the instance administrator. */
  scope: string;
  /** The database's data version (data-version.ts): changes whenever a write commits. */
  version: string;
  /** Today's date in every organisation's time zone (and UTC), for answers that depend on "today". */
  dates: string;
  /** The Accept header: it chooses the content type of the answer. */
  accept: string;
  /** The parsed JSON body: operation text, operation name, variables, extensions. */
  body: unknown;
};

export function responseKey(parts: ResponseKeyParts): string {
  return `${parts.scope}\n${parts.version}\n${parts.dates}\n${parts.accept}\n${JSON.stringify(parts.body)}`;
}

/**
 * Answers to GraphQL queries, least recently used first out, bounded in bytes
 * (keys and bodies counted as UTF-16 code units × 2, V8's own size for them).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse> | null;
  private version: string | null = null;

  constructor(maxBytes: number) {
    this.entries =
      maxBytes > 0
        ? new LRUCache<string, CachedResponse>({
            maxSize: maxBytes,
            sizeCalculation: (value, key) =>
              2 * (key.length + value.body.length + value.contentType.length),
          })
        : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  get(key: string): CachedResponse | undefined {
    return this.entries?.get(key);
  }

  set(key: string, value: CachedResponse): void {
    // An answer larger than the whole cache is simply not kept (lru-cache's rule).
    this.entries?.set(key, value);
  }

  /** Drops every answer once the data version moves on: no later request can ask for them. */
  observeVersion(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.entries?.clear();
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }
}
