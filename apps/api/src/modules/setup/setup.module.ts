import { Module } from '@nestjs/common';
import { SetupResolver } from './setup.resolver';
import { SetupService } from './setup.service';

@Module({ providers: [SetupService, SetupResolver], exports: [SetupService] })
export class SetupModule {}
