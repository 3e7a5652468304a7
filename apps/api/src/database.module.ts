import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, ENTITIES } from '@esm-planner/api-data-access-db';

/** The connection (migrations run at start) and every entity's repository. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    const features = TypeOrmModule.forFeature(ENTITIES);
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions({ url }), migrationsRun: true }), features],
      exports: [features],
    };
  }
}
