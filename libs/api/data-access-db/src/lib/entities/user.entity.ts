import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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

  // scrypt: "scrypt$N$r$p$salt$hash" (base64), see password-hasher.ts.
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
