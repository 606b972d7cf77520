import type { Request, Response } from 'express';
import multer from 'multer';
import { DomainError, ValidationError } from '@veraz/contracts';

/** Field of the settings forms that carries the file (logo PNG or P12). */
export const FILE_FIELD = 'archivo';

export interface Upload {
  file: Buffer;
  fields: Record<string, string>;
}

/**
 * Reads a small multipart form (one file in «archivo» plus a few text fields) into memory. Every
 * failure is a 4xx with the field path and a Spanish message; `what` names the file in them.
 */
export async function readUpload(req: Request, res: Response, options: { maxBytes: number; what: string }): Promise<Upload> {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: options.maxBytes, files: 1, fields: 3, fieldSize: 1024, parts: 4, headerPairs: 100 },
  }).single(FILE_FIELD);
  await new Promise<void>((resolve, reject) => upload(req, res, (err: unknown) => (err ? reject(translate(err, options)) : resolve())));
  const file = (req as Request & { file?: { buffer: Buffer } }).file;
  if (!file || file.buffer.length === 0) {
    throw new ValidationError([{ path: FILE_FIELD, message: `adjunta ${options.what} (formulario multipart/form-data)` }], `Falta ${options.what}.`);
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return { file: file.buffer, fields };
}

function translate(err: unknown, options: { maxBytes: number; what: string }): DomainError {
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') {
      const message = `${options.what} debe pesar como máximo ${options.maxBytes / 1024} KB`;
      return new DomainError('ARCHIVO_DEMASIADO_GRANDE', 413, `${message[0]!.toUpperCase()}${message.slice(1)}.`, [{ path: FILE_FIELD, message }]);
    }
    return new ValidationError([{ path: FILE_FIELD, message: `envía un solo archivo en el campo «${FILE_FIELD}»` }]);
  }
  return new ValidationError([{ path: FILE_FIELD, message: 'no se pudo leer el archivo enviado; vuelve a intentarlo' }]);
}
