import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { EmploymentLevel, InstitutionRole } from '@veraz/contracts';

/** Tenant-owned. The link token is stored hashed; a sealed copy lets the mail job send it. */
@Entity({ name: 'invitations' })
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Part of the key: the table is distributed by institution (migration DistributionKeys). */
  @PrimaryColumn({ type: 'uuid' })
  institutionId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', array: true })
  roles: InstitutionRole[];

  /** Recorded on the new membership when the invitation is accepted; null when the admin left it for later. */
  @Column({ type: 'text', nullable: true })
  employmentLevel: EmploymentLevel | null;

  /** The roster row an automatic invitation was sent for: accepting it requires that person's CURP. */
  @Column({ type: 'uuid', nullable: true })
  rosterPersonId: string | null;

  @Column({ type: 'char', length: 64, select: false })
  tokenHash: string;

  @Column({ type: 'text', nullable: true, select: false })
  tokenSealed: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export type InvitationStatus = 'PENDIENTE' | 'ACEPTADA' | 'REVOCADA' | 'VENCIDA';

export function invitationStatus(inv: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = new Date()): InvitationStatus {
  if (inv.acceptedAt) return 'ACEPTADA';
  if (inv.revokedAt) return 'REVOCADA';
  if (inv.expiresAt.getTime() <= now.getTime()) return 'VENCIDA';
  return 'PENDIENTE';
}
