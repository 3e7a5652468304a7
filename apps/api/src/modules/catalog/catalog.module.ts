import { Module } from '@nestjs/common';
import { BaselinesModule } from '../baselines/baselines.module';
import { CatalogLoader } from './catalog.loader';
import { CatalogResolver, DepartmentCatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

@Module({
  imports: [BaselinesModule],
  providers: [
    CatalogService,
    CatalogLoader,
    CatalogResolver,
    DepartmentCatalogResolver,
  ],
  exports: [CatalogService],
})
export class CatalogModule {}
