import { MODULE_METADATA } from '@nestjs/common/constants';
import type {
  DynamicModule,
  ForwardReference,
  Provider,
  Type,
} from '@nestjs/common';
import { RESOLVER_NAME_METADATA } from '@nestjs/graphql';

type ModuleImport =
  Type | DynamicModule | Promise<DynamicModule> | ForwardReference;

/**
 * Every resolver class that these modules and the modules they import
 * provide, as Nest would register them: how `npm run schema:generate`
 * finds the resolvers without a list of its own to keep.
 */
export function resolversOf(modules: readonly ModuleImport[]): Type[] {
  const seen = new Set<unknown>();
  const resolvers = new Set<Type>();
  const visit = (entry: ModuleImport | undefined): void => {
    if (!entry || entry instanceof Promise) return;
    const module = 'forwardRef' in entry ? entry.forwardRef() : entry;
    if (seen.has(module)) return;
    seen.add(module);
    const moduleClass = 'module' in module ? module.module : module;
    const dynamic = 'module' in module ? module : {};
    const imports: ModuleImport[] = [
      ...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) ?? []),
      ...(dynamic.imports ?? []),
    ];
    const providers: Provider[] = [
      ...(Reflect.getMetadata(MODULE_METADATA.PROVIDERS, moduleClass) ?? []),
      ...(dynamic.providers ?? []),
    ];
    for (const provider of providers) {
      if (
        typeof provider === 'function' &&
        Reflect.hasMetadata(RESOLVER_NAME_METADATA, provider)
      ) {
        resolvers.add(provider);
      }
    }
    imports.forEach(visit);
  };
  modules.forEach(visit);
  return [...resolvers];
}
