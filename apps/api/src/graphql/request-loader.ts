import DataLoader from 'dataloader';

// Per GraphQL request (its context object), the loaders made for it, by the
// owner that made them: gone with the request, never shared between two.
const loadersByRequest = new WeakMap<object, Map<object, unknown>>();

/**
 * The DataLoader `owner` keeps for this request, made by `create` on first
 * use. A feature's loader provider is a singleton that calls this with
 * itself as the owner, so its loader lives as long as the request (a batch
 * and a cache per request) without making every resolver that uses it
 * request-scoped in Nest (which would build them anew for every request).
 */
export function requestLoader<K, V, C = K>(
  context: object,
  owner: object,
  create: () => DataLoader<K, V, C>,
): DataLoader<K, V, C> {
  let loaders = loadersByRequest.get(context);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(context, loaders);
  }
  let loader = loaders.get(owner) as DataLoader<K, V, C> | undefined;
  if (!loader) {
    loader = create();
    loaders.set(owner, loader);
  }
  return loader;
}
