import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person, once across every institution; memberships say where and with which roles. */
@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text' })
  nombre: string;

  @Column({ type: 'text' })
  primerApellido: string;

  @Column({ type: 'text', nullable: true })
  segundoApellido: string | null;

  @Column({ type: 'char', length: 18, nullable: true })
  curp: string | null;

  @Column({ type: 'char', length: 10, nullable: true })
  rfc: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  homoclave: string | null;

  @Column({ type: 'boolean', default: false })
  isOperator: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export function fullName(user: Pick<User, 'nombre' | 'primerApellido' | 'segundoApellido'>): string {
  return [user.nombre, user.primerApellido, user.segundoApellido].filter(Boolean).join(' ');
}
