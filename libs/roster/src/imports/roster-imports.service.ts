import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { DomainError, NotFoundError, type RosterImportDetail, type RosterImportSummary } from '@veraz/contracts';
import { parseRoster, type RosterRow } from '../csv/roster-csv';
import { RosterPeopleRepository } from '../people/roster-people.repository';
import { RosterWriter, type PersonChange } from '../people/roster-writer';
import { planRow } from './roster-plan';
import { RosterImportsRepository, type ImportLine } from './roster-imports.repository';

/** The largest CSV accepted (about 150,000 lines of a typical padrón). */
export const MAX_ROSTER_CSV_BYTES = 25 * 1024 * 1024;

export type ImportSummary = RosterImportSummary;
export type ImportDetail = RosterImportDetail;

export type Progress = (phase: 'lectura' | 'aplicación', done: number, total: number) => void;

/**
 * CSV import of the roster in two steps: a preview staged in roster_import_rows (nothing else is
 * touched), then apply. Applying skips the lines with errors (the admin sees their count first) and
 * re-plans every valid line against the roster as it is then, so two imports in a row stay correct.
 */
@Injectable()
export class RosterImportsService {
  constructor(
    private readonly imports: RosterImportsRepository,
    private readonly people: RosterPeopleRepository,
    private readonly writer: RosterWriter,
    private readonly audit: AuditLog,
  ) {}

  async preview(content: Buffer, fileName: string, actorUserId: string | null, progress?: Progress): Promise<ImportSummary> {
    if (content.length > MAX_ROSTER_CSV_BYTES) {
      throw new DomainError('ARCHIVO_DEMASIADO_GRANDE', 413, 'El archivo supera el máximo de 25 MB; divide el padrón en varios archivos.');
    }
    const parsed = parseRoster(content, (n) => progress?.('lectura', n, 0));
    if (parsed.fileErrors.length) throw new DomainError('CSV_INVALIDO', 400, parsed.fileErrors.join(' '));
    if (!parsed.lines.length) throw new DomainError('CSV_INVALIDO', 400, 'El archivo no tiene filas después de los nombres de las columnas.');
    const current = await this.people.currentByCurp(parsed.lines.flatMap((l) => (l.row ? [l.row.curp] : [])));
    const lines: ImportLine[] = parsed.lines.map((l) => {
      if (!l.row) return { line: l.line, data: l.raw, errors: l.errors, action: 'ERROR' };
      const plan = planRow(l.line, l.row, current.get(l.row.curp));
      if (plan.action === 'ERROR') return { line: l.line, data: l.raw, errors: plan.errors, action: 'ERROR' };
      return { line: l.line, data: toData(l.row), errors: [], action: plan.action };
    });
    const sha256 = createHash('sha256').update(content).digest('hex');
    const id = await this.imports.insert({ fileName: cleanName(fileName), sha256, lines, createdBy: actorUserId });
    const summary = await this.summary(id);
    await this.audit.record({
      action: 'roster.import_previewed',
      actorUserId,
      targetType: 'roster_import',
      targetId: id,
      details: { fileName: summary.fileName, sha256, encoding: parsed.encoding, delimiter: parsed.delimiter, ...summary.counts },
    });
    return summary;
  }

  async get(id: string, page: { onlyErrors?: boolean; limit: number; offset: number }): Promise<ImportDetail> {
    const summary = await this.summary(id);
    return { ...summary, rows: await this.imports.lines(id, page) };
  }

  async apply(id: string, actorUserId: string | null, progress?: Progress): Promise<ImportSummary & { applied: number }> {
    await this.summary(id);
    if (!(await this.imports.close(id, 'APLICADA'))) throw new DomainError('IMPORTACION_CERRADA', 409, 'Esta importación ya fue aplicada o descartada.');
    const valid = await this.imports.validLines(id);
    const rows = valid.map((l) => ({ line: l.line, row: fromData(l.data) }));
    const current = await this.people.currentByCurp(rows.map((r) => r.row.curp));
    const changes: PersonChange[] = [];
    for (const { line, row } of rows) {
      const plan = planRow(line, row, current.get(row.curp));
      if (plan.action === 'NUEVA' || plan.action === 'CAMBIO') changes.push({ curp: row.curp, current: current.get(row.curp), state: plan.state, events: plan.events });
    }
    progress?.('aplicación', 0, changes.length);
    await this.writer.write(changes, 'IMPORTACION', id, actorUserId);
    progress?.('aplicación', changes.length, changes.length);
    const summary = await this.summary(id);
    await this.audit.record({
      action: 'roster.import_applied',
      actorUserId,
      targetType: 'roster_import',
      targetId: id,
      details: { applied: changes.length, skippedWithErrors: summary.counts.ERROR },
    });
    return { ...summary, applied: changes.length };
  }

  async discard(id: string, actorUserId: string | null): Promise<ImportSummary> {
    await this.summary(id);
    if (!(await this.imports.close(id, 'DESCARTADA'))) throw new DomainError('IMPORTACION_CERRADA', 409, 'Esta importación ya fue aplicada o descartada.');
    const summary = await this.summary(id);
    await this.imports.dropLines(id);
    await this.audit.record({ action: 'roster.import_discarded', actorUserId, targetType: 'roster_import', targetId: id });
    return summary;
  }

  private async summary(id: string): Promise<ImportSummary> {
    const found = await this.imports.find(id);
    if (!found) throw new NotFoundError('No se encontró la importación.');
    return {
      id: found.id,
      fileName: found.fileName,
      status: found.status,
      rowsTotal: found.rowsTotal,
      counts: await this.imports.counts(id),
      createdAt: found.createdAt.toISOString(),
      appliedAt: found.appliedAt?.toISOString() ?? null,
    };
  }
}

/** The stored line uses the CSV's column names, normalised (dates ISO, codes for nivel and motivo). */
function toData(row: RosterRow): Record<string, string | null> {
  return {
    curp: row.curp,
    nombres: row.nombres,
    primer_apellido: row.primerApellido,
    segundo_apellido: row.segundoApellido,
    correo: row.email,
    puesto: row.puesto,
    area: row.area,
    nivel: row.nivel,
    fecha_alta: row.fechaAlta,
    fecha_baja: row.fechaBaja,
    motivo: row.motivo,
    fecha_movimiento: row.fechaMovimiento,
  };
}

function fromData(d: Record<string, string | null>): RosterRow {
  return {
    curp: d.curp!,
    nombres: d.nombres!,
    primerApellido: d.primer_apellido!,
    segundoApellido: d.segundo_apellido,
    email: d.correo,
    puesto: d.puesto,
    area: d.area,
    nivel: d.nivel as RosterRow['nivel'],
    fechaAlta: d.fecha_alta!,
    fechaBaja: d.fecha_baja,
    motivo: d.motivo as RosterRow['motivo'],
    fechaMovimiento: d.fecha_movimiento!,
  };
}

function cleanName(name: string): string {
  return (name || 'padron.csv').replace(/[\u0000-\u001f]/g, '').slice(0, 200);
}
