import type { Request, Response } from 'express';
import multer from 'multer';
import { DomainError } from '@veraz/contracts';
import { MAX_ROSTER_CSV_BYTES } from '@veraz/roster';

/** Field of the upload form that carries the CSV. */
export const ROSTER_UPLOAD_FIELD = 'archivo';

const TOO_LARGE = () => new DomainError('ARCHIVO_DEMASIADO_GRANDE', 413, 'El archivo supera el máximo de 25 MB; divide el padrón en varios archivos.');

const upload = multer({
  storage: multer.memoryStorage(),
  // File names such as «padrón.csv» arrive in UTF-8.
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_ROSTER_CSV_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 100 },
}).single(ROSTER_UPLOAD_FIELD);

/**
 * The roster CSV of `POST /api/roster/imports`: a multipart form (field «archivo», what the Padrón
 * page sends) or the file itself as a `text/csv` body (scripts). At most 25 MB.
 */
export async function readRosterCsv(req: Request, res: Response): Promise<{ content: Buffer; fileName: string }> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('text/csv')) return { content: await readRaw(req), fileName: 'padron.csv' };
  if (!type.startsWith('multipart/form-data')) {
    throw new DomainError('TIPO_NO_ADMITIDO', 415, 'Envía el padrón como archivo CSV (multipart/form-data, campo «archivo», o un cuerpo text/csv).');
  }
  await new Promise<void>((resolve, reject) =>
    upload(req, res, (err: unknown) => {
      if (!err) return resolve();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') return reject(TOO_LARGE());
      reject(new DomainError('SOLICITUD_INVALIDA', 400, 'Envía un solo archivo CSV en el campo «archivo».'));
    }),
  );
  const file = (req as Request & { file?: { buffer: Buffer; originalname: string } }).file;
  if (!file || file.buffer.length === 0) throw new DomainError('ARCHIVO_REQUERIDO', 400, 'Adjunta el padrón en CSV (campo «archivo»).');
  return { content: file.buffer, fileName: file.originalname };
}

async function readRaw(req: Request): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_ROSTER_CSV_BYTES) throw TOO_LARGE();
    parts.push(chunk);
  }
  if (!size) throw new DomainError('ARCHIVO_REQUERIDO', 400, 'El cuerpo de la solicitud está vacío: envía el padrón en CSV.');
  return Buffer.concat(parts);
}
