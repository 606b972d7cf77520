import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins per e-mail (hashed), whether or not an account exists, for progressive lockout. */
@Entity({ name: 'login_attempts' })
export class LoginAttempt {
  @PrimaryColumn({ type: 'char', length: 64 })
  keyHash: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastFailureAt: Date;
}
