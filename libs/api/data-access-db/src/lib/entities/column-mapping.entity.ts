import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

// A saved column mapping (data-formats §5): how an organisation's own export
// becomes format 1, 2 or 3. The definition is the engine's mapping JSON
// (libs/domain/imports, ColumnMappingInput) as the user saved it; the name
// is unique per organisation (case and spacing ignored), and saving under
// a taken name replaces that mapping.
@Entity({ name: 'column_mapping' })
// Found by the id a client names, before its organisation is known (the
// primary key leads with organization_id): docs/scaling.md.
@Index('column_mapping_id_idx', ['id'])
@Index(
  'column_mapping_organization_name_key_uq',
  ['organizationId', 'nameKey'],
  { unique: true },
)
export class ColumnMappingEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  // The name trimmed, lower case, inner spaces collapsed: what makes two names the same.
  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  // AUDIT | REQUESTS | METRICS.
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
