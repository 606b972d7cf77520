import { Injectable } from '@nestjs/common';
import type { InstitutionSummary, MembershipSummary, SessionView } from '@veraz/contracts';
import { Clock } from '@veraz/config';
import { InstitutionsService } from '@veraz/institutions';
import { effectiveRoles } from '../members/roles';
import { MembershipsRepository, UsersRepository } from '../repositories';
import { UnauthenticatedError } from '../accounts.errors';

/** Builds what the web shell shows about the signed-in person. Runs in the auth scope with userId set. */
@Injectable()
export class SessionViews {
  constructor(
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly institutions: InstitutionsService,
    private readonly clock: Clock,
  ) {}

  async listMemberships(userId: string): Promise<MembershipSummary[]> {
    const own = await this.memberships.findAllOfUser(userId);
    const institutions = new Map((await this.institutions.findByIds(own.map((m) => m.institutionId))).map((i) => [i.id, i]));
    return own
      .filter((m) => institutions.has(m.institutionId))
      .map((m) => {
        const i = institutions.get(m.institutionId)!;
        return { id: m.id, institution: { id: i.id, slug: i.slug, name: i.name }, roles: effectiveRoles(m.roles, m.staffRolesEndOn, this.clock.today()) };
      })
      .sort((a, b) => a.institution.name.localeCompare(b.institution.name, 'es'));
  }

  async build(userId: string, institutionId: string | null, accessToken: string, expiresIn: number): Promise<SessionView> {
    const user = await this.users.findById(userId);
    if (!user) throw new UnauthenticatedError();
    const memberships = await this.listMemberships(userId);
    const current = memberships.find((m) => m.institution.id === institutionId);
    const institution: InstitutionSummary | null = current?.institution ?? null;
    return {
      accessToken,
      expiresIn,
      user: {
        id: user.id,
        email: user.email,
        nombre: user.nombre,
        primerApellido: user.primerApellido,
        segundoApellido: user.segundoApellido,
        isOperator: user.isOperator,
      },
      institution,
      roles: current?.roles ?? [],
      memberships,
    };
  }
}
