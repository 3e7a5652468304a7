import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AuditEntity } from './audit.entity';

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity({ name: 'audit_row' })
@Index('audit_row_audit_idx', ['organizationId', 'auditId'])
export class AuditRowEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => AuditEntity, (audit) => audit.rows, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'audit_id', referencedColumnName: 'id' },
  ])
  audit?: AuditEntity;

  @Column({ name: 'request_type', type: 'text' })
  requestType!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({
    name: 'avg_handling_minutes',
    type: 'numeric',
    nullable: true,
    transformer: decimal,
  })
  avgHandlingMinutes!: number | null;

  @Column({
    name: 'avg_first_response_hours',
    type: 'numeric',
    nullable: true,
    transformer: decimal,
  })
  avgFirstResponseHours!: number | null;

  // How many of the row's requests each mean covers, for a row derived from
  // request records (some lack a handling time or a first response); null
  // for an imported row, whose means cover all `count` requests.
  @Column({
    name: 'requests_with_handling_minutes',
    type: 'integer',
    nullable: true,
  })
  requestsWithHandlingMinutes!: number | null;

  @Column({
    name: 'requests_with_first_response_hours',
    type: 'integer',
    nullable: true,
  })
  requestsWithFirstResponseHours!: number | null;
}
