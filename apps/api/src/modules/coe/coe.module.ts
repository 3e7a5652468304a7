import { Module } from '@nestjs/common';
import { CoeResolver, EnhancementsResolver } from './coe.resolver';
import { CoeService } from './coe.service';
import { EnhancementsService } from './enhancements.service';

@Module({
  providers: [
    CoeService,
    EnhancementsService,
    CoeResolver,
    EnhancementsResolver,
  ],
  exports: [CoeService],
})
export class CoeModule {}
