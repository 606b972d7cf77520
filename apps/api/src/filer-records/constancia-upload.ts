import type { Request, Response } from 'express';
import multer from 'multer';
import { DomainError, TAX_CONSTANCIA_MAX_BYTES, TAX_CONSTANCIA_MAX_MB } from '@veraz/contracts';

export const CONSTANCIA_FIELD = 'archivo';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: TAX_CONSTANCIA_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 7, headerPairs: 100 },
}).single(CONSTANCIA_FIELD);

export interface ConstanciaForm {
  content: Buffer;
  fileName: string;
  anioFiscal: number;
  declarationId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the multipart form of a constancia upload into memory (one PDF of at most 5 MB, the year it
 * covers and optionally the declaration it was attached from). Every failure is a Spanish 4xx with
 * the field's path.
 */
export async function readConstanciaForm(req: Request, res: Response): Promise<ConstanciaForm> {
  await new Promise<void>((resolve, reject) => upload(req, res, (err: unknown) => (err ? reject(translate(err)) : resolve())));
  const file = (req as Request & { file?: { buffer: Buffer; originalname: string } }).file;
  const body = (req.body ?? {}) as Record<string, unknown>;
  const errors: Array<{ path: string; message: string }> = [];
  if (!file || file.buffer.length === 0) errors.push({ path: CONSTANCIA_FIELD, message: 'adjunta el acuse del SAT en PDF' });
  const anio = typeof body.anioFiscal === 'string' && /^\d{4}$/.test(body.anioFiscal.trim()) ? Number(body.anioFiscal) : NaN;
  if (!Number.isInteger(anio)) errors.push({ path: 'anioFiscal', message: 'debe ser un año de cuatro dígitos' });
  const declarationId = typeof body.declarationId === 'string' && body.declarationId.trim() ? body.declarationId.trim() : null;
  if (declarationId && !UUID.test(declarationId)) errors.push({ path: 'declarationId', message: 'debe ser un identificador válido' });
  if (errors.length) throw new DomainError('VALIDACION', 400, 'Los datos enviados no son válidos.', errors);
  return { content: file!.buffer, fileName: Buffer.from(file!.originalname, 'latin1').toString('utf8'), anioFiscal: anio, declarationId };
}

function translate(err: unknown): DomainError {
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') {
      return new DomainError('ARCHIVO_DEMASIADO_GRANDE', 413, `El archivo supera el máximo de ${TAX_CONSTANCIA_MAX_MB} MB; el acuse del SAT ocupa mucho menos.`, [
        { path: CONSTANCIA_FIELD, message: `debe pesar como máximo ${TAX_CONSTANCIA_MAX_MB} MB` },
      ]);
    }
    return new DomainError('SOLICITUD_INVALIDA', 400, 'Envía un solo archivo PDF en el campo «archivo», con «anioFiscal».');
  }
  return new DomainError('SOLICITUD_INVALIDA', 400, 'No se pudo leer el archivo enviado; vuelve a intentarlo.');
}
