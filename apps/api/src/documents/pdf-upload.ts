import type { Request, Response } from 'express';
import multer from 'multer';
import { DomainError } from '@veraz/contracts';
import { MAX_UPLOAD_BYTES } from '@veraz/documents';

/** Field of the verification form that carries the PDF. */
export const UPLOAD_FIELD = 'archivo';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 100 },
}).single(UPLOAD_FIELD);

/**
 * Reads the multipart body of `POST /verificar` into memory (at most 5 MB, one file) and returns
 * the PDF. Every failure is a DomainError with a Spanish message, so the page and the JSON answer
 * explain it the same way.
 */
export async function readUploadedPdf(req: Request, res: Response): Promise<Buffer> {
  await new Promise<void>((resolve, reject) => upload(req, res, (err: unknown) => (err ? reject(translate(err)) : resolve())));
  const file = (req as Request & { file?: { buffer: Buffer } }).file;
  if (!file || file.buffer.length === 0) {
    throw new DomainError('ARCHIVO_REQUERIDO', 400, 'Adjunta el acuse en PDF (campo «archivo» de un formulario multipart/form-data).');
  }
  if (!looksLikePdf(file.buffer)) throw new DomainError('NO_ES_PDF', 415, 'El archivo no es un PDF. Sube el acuse en PDF tal como lo descargaste o lo recibiste.');
  return file.buffer;
}

/** PDF readers accept the header anywhere in the first kilobyte. */
function looksLikePdf(content: Buffer): boolean {
  return content.subarray(0, 1024).includes('%PDF-');
}

function translate(err: unknown): DomainError {
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') return new DomainError('ARCHIVO_DEMASIADO_GRANDE', 413, 'El archivo supera el máximo de 5 MB; un acuse ocupa mucho menos.');
    return new DomainError('SOLICITUD_INVALIDA', 400, 'Envía un solo archivo PDF en el campo «archivo».');
  }
  return new DomainError('SOLICITUD_INVALIDA', 400, 'No se pudo leer el archivo enviado; vuelve a intentarlo.');
}
