import { Injectable, Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { resolversOf } from './resolvers-of';

@Resolver()
class InnerResolver {
  @Query(() => String)
  inner(): string {
    return 'inner';
  }
}

@Injectable()
class NotAResolver {}

@Resolver()
class OuterResolver {}

@Module({ providers: [InnerResolver, NotAResolver] })
class InnerModule {}

@Module({ imports: [InnerModule], providers: [OuterResolver] })
class OuterModule {}

describe('resolversOf', () => {
  it('finds the resolvers of a module and of the modules it imports, once each', () => {
    const found = resolversOf([
      OuterModule,
      InnerModule,
      { module: InnerModule, providers: [] },
    ]);
    expect(found).toEqual([OuterResolver, InnerResolver]);
  });

  it('finds the providers of a dynamic module', () => {
    expect(
      resolversOf([{ module: class Dynamic {}, providers: [InnerResolver] }]),
    ).toEqual([InnerResolver]);
  });
});
