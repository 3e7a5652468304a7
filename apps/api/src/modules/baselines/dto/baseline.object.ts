import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import type { BaselineSource } from '@esm-planner/domain-audit';
import { DateScalar } from '../../../graphql/date.scalar';

export const BaselineSourceEnum = {
  AUDIT: 'AUDIT',
  REQUESTS: 'REQUESTS',
} as const satisfies Record<BaselineSource, BaselineSource>;

registerEnumType(BaselineSourceEnum, {
  name: 'BaselineSource',
  description:
    'AUDIT: imported audit rows (format 1); REQUESTS: built from the request records opened in the window (createAuditFromRequests).',
});

@ObjectType({ description: 'Requests of one channel in the audit window.' })
export class ChannelVolume {
  @Field()
  channel!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'count / totalRequests; null when the audit is empty.',
  })
  share!: number | null;
}

@ObjectType({ description: 'One request type of the Pareto list.' })
export class RequestTypeVolume {
  @Field()
  requestType!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true })
  share!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Running sum of shares down the list (Pareto).',
  })
  cumulativeShare!: number | null;
}

@ObjectType({
  description:
    'The baseline of an audit (domain §2): what a department handled, how and how fast.',
})
export class Baseline {
  @Field(() => ID, {
    nullable: true,
    description: 'The audit; null for an organisation baseline.',
  })
  auditId!: string | null;

  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field(() => DateScalar)
  windowStart!: string;

  @Field(() => DateScalar)
  windowEnd!: string;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => Int)
  totalRequests!: number;

  @Field(() => Float, {
    description: 'totalRequests × (365.25 / 12) / windowDays.',
  })
  monthlyVolume!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of requests through e-mail, chat, phone, walk-up, spreadsheet or other.',
  })
  informalShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Count-weighted mean over the rows that have it.',
  })
  avgHandlingMinutes!: number | null;

  @Field(() => Float, { nullable: true })
  avgFirstResponseHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Request-level data only (nearest rank).',
  })
  medianFirstResponseHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Request-level data only (nearest rank).',
  })
  p90FirstResponseHours!: number | null;

  @Field(() => [ChannelVolume], {
    description: 'Every channel, in a fixed order, zeros included.',
  })
  byChannel!: ChannelVolume[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of audited volume whose request type has a catalogue item.',
  })
  catalogCoverage!: number | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the audit was imported or built; null for an organisation baseline.',
  })
  importedAt!: Date | null;

  @Field(() => BaselineSourceEnum, {
    nullable: true,
    description:
      'Where the audit’s rows came from. An organisation baseline says REQUESTS or AUDIT when all its departments’ audits agree, else null.',
  })
  source!: BaselineSource | null;

  // Every request type with its count, for topRequestTypes(limit).
  requestTypes!: RequestTypeVolume[];
}
