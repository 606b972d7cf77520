import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EmploymentLevel, InstitutionRole } from '@veraz/contracts';

/** Tenant-owned: a person's roles inside one institution. */
@Entity({ name: 'memberships' })
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Part of the key: the table is distributed by institution (migration DistributionKeys). */
  @PrimaryColumn({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text', array: true })
  roles: InstitutionRole[];

  /** Decides complete vs simplified declarations; null until an admin records it. */
  @Column({ type: 'text', nullable: true })
  employmentLevel: EmploymentLevel | null;

  /** The roster's fecha de baja: from that day on the REVISOR/ADMIN_INSTITUCION roles no longer apply (see effectiveRoles). */
  @Column({ type: 'date', nullable: true })
  staffRolesEndOn: string | null;

  /** Set while an admin has deactivated the member: no access to the institution, filings kept. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deactivatedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
