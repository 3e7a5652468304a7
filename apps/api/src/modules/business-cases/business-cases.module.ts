import { Module } from '@nestjs/common';
import { BusinessCasesResolver } from './business-cases.resolver';

@Module({ providers: [BusinessCasesResolver] })
export class BusinessCasesModule {}
