import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

// A person's account. Instance-level (one person, many organisations), so it
// is one of the few tables without organization_id: see docs/architecture.md.
@Entity({ name: 'app_user' })
@Index('app_user_email_uq', ['email'], { unique: true })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Stored lower-cased: e-mail addresses are matched case-insensitively.
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  // argon2id in PHC form ("$argon2id$v=19$m=…"), or an older
  // "scrypt$N$r$p$salt$hash" rehashed at the next sign-in: password-hasher.ts.
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  // Set by disableUser: the person can no longer sign in, and every session
  // and API token of theirs stops working. Null while the account is active.
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
