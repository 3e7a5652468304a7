import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { DepartmentEntity } from './department.entity';

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One stored answer of the questionnaire. */
export type MaturityAnswerValue = { questionId: string; score: number };

/** An answer that disagreed with the data when it was given. */
export type MaturityDisagreementValue = {
  questionId: string;
  dimension: string;
  answer: number;
  suggestedScore: number;
};

// A dated maturity assessment (domain §5), org-wide (department_id null) or
// for one department. The scores are kept as computed when submitted, so
// the trend does not move if the questionnaire's wording changes later.
@Entity({ name: 'maturity_assessment' })
@Index('maturity_assessment_scope_idx', [
  'organizationId',
  'departmentId',
  'assessedAt',
])
export class MaturityAssessmentEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'department_id', referencedColumnName: 'id' },
  ])
  department?: DepartmentEntity;

  @Column({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt!: Date;

  @Column({ type: 'jsonb' })
  answers!: MaturityAnswerValue[];

  /** Dimension → score (1 decimal). */
  @Column({ name: 'dimension_scores', type: 'jsonb' })
  dimensionScores!: Record<string, number>;

  @Column({ name: 'overall_score', type: 'numeric', transformer: decimal })
  overallScore!: number;

  @Column({ type: 'integer' })
  stage!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  disagreements!: MaturityDisagreementValue[];

  @Column({ name: 'assessed_by', type: 'uuid', nullable: true })
  assessedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
