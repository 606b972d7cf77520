import type { AmbitoPublico, NivelOrdenGobierno } from '@veraz/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'institutions' })
export class Institution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  /** Published through the platform-wide S1 endpoint as well as its own. */
  @Column({ type: 'boolean', default: false })
  s1Shared: boolean;

  /** S1 nivelOrdenGobierno of the ente público (FEDERAL, ESTATAL, MUNICIPAL_ALCALDIA); null until recorded. */
  @Column({ type: 'text', nullable: true })
  nivelOrdenGobierno: NivelOrdenGobierno | null;

  /** S1 ambitoPublico (EJECUTIVO, LEGISLATIVO, JUDICIAL, ORGANO_AUTONOMO); null until recorded. */
  @Column({ type: 'text', nullable: true })
  ambitoPublico: AmbitoPublico | null;

  /** Days before a due date when each pending obligation gets a reminder e-mail. */
  @Column({ type: 'integer', array: true, default: () => "'{30,7,1}'" })
  reminderOffsets: number[];

  /** Whether the constancia de presentación de la declaración fiscal is one more obligation per year. */
  @Column({ type: 'boolean', default: false })
  requiresTaxConstancia: boolean;

  /** The institution's legal text shown to the filer at signing; null: none. */
  @Column({ type: 'text', nullable: true })
  signingLegalText: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
