import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { ValidationError, type UpdateInstitutionSettingsRequest } from '@veraz/contracts';
import { TenantContext } from '@veraz/tenancy';
import { InstitutionNotFoundError } from '../institution.errors';
import type { Institution } from '../institution.entity';
import { InstitutionsRepository } from '../institutions.repository';
import { logoProblem } from './logo';
import { normalizeSettings } from './settings-input';

/** The settings an institution's own admins edit (tenant context of that institution). */
export interface InstitutionSettings {
  slug: string;
  name: string;
  hasLogo: boolean;
  signingLegalText: string | null;
  reminderOffsets: number[];
  requiresTaxConstancia: boolean;
}

/**
 * Name, logo, signing legal text, reminder offsets and the constancia requirement of the current
 * institution. Every change is written to the institution's audit chain with what changed.
 */
@Injectable()
export class InstitutionSettingsService {
  constructor(
    private readonly tenant: TenantContext,
    private readonly repository: InstitutionsRepository,
    private readonly audit: AuditLog,
  ) {}

  async get(): Promise<InstitutionSettings> {
    const institution = await this.current();
    return toSettings(institution, await this.repository.hasLogo(institution.id));
  }

  /** The legal text a filer reads before signing; null when the institution has none. */
  async signingLegalText(): Promise<string | null> {
    return (await this.current()).signingLegalText;
  }

  async update(input: UpdateInstitutionSettingsRequest, actorUserId: string): Promise<InstitutionSettings> {
    const values = normalizeSettings(input);
    const before = await this.current();
    const changes = changedFields(before, values);
    if (Object.keys(changes).length > 0) {
      await this.repository.updateSettings(before.id, values);
      await this.audit.record({ action: 'settings.changed', actorUserId, targetType: 'institution', targetId: before.id, details: changes });
    }
    return this.get();
  }

  /** The logo printed on new acuses: a PNG of at most 256 KB, or null to remove it. */
  async setLogo(png: Buffer | null, actorUserId: string): Promise<InstitutionSettings> {
    const problem = png ? logoProblem(png) : null;
    if (problem) throw new ValidationError([{ path: 'archivo', message: problem }], 'El logotipo no es válido.');
    const institution = await this.current();
    await this.repository.setLogo(institution.id, png);
    await this.audit.record({ action: 'institution.logo_changed', actorUserId, targetType: 'institution', targetId: institution.id, details: { bytes: png?.length ?? 0 } });
    return this.get();
  }

  logo(): Promise<Buffer | null> {
    return this.repository.findLogo(this.tenant.institutionId());
  }

  private async current(): Promise<Institution> {
    const institution = await this.repository.findById(this.tenant.institutionId());
    if (!institution) throw new InstitutionNotFoundError();
    return institution;
  }
}

function toSettings(i: Institution, hasLogo: boolean): InstitutionSettings {
  return {
    slug: i.slug,
    name: i.name,
    hasLogo,
    signingLegalText: i.signingLegalText,
    reminderOffsets: [...i.reminderOffsets].sort((a, b) => b - a),
    requiresTaxConstancia: i.requiresTaxConstancia,
  };
}

/** Before/after of each changed field; the legal text only by length (it can be long). */
function changedFields(before: Institution, after: UpdateInstitutionSettingsRequest): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (before.name !== after.name) changes.nombre = { antes: before.name, despues: after.name };
  if ((before.signingLegalText ?? null) !== after.signingLegalText) {
    changes.textoLegalFirma = { caracteresAntes: before.signingLegalText?.length ?? 0, caracteresDespues: after.signingLegalText?.length ?? 0 };
  }
  const offsetsBefore = [...before.reminderOffsets].sort((a, b) => b - a);
  if (offsetsBefore.join(',') !== after.reminderOffsets.join(',')) changes.diasRecordatorio = { antes: offsetsBefore, despues: after.reminderOffsets };
  if (before.requiresTaxConstancia !== after.requiresTaxConstancia) {
    changes.exigeConstanciaFiscal = { antes: before.requiresTaxConstancia, despues: after.requiresTaxConstancia };
  }
  return changes;
}
