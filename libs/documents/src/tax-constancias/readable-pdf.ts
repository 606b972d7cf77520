import { PDFDocument } from 'pdf-lib';
import { DomainError } from '@veraz/contracts';

/** PDF readers accept the header anywhere in the first kilobyte. */
export function looksLikePdf(content: Buffer): boolean {
  return content.subarray(0, 1024).includes('%PDF-');
}

/**
 * A file people will open later must be a PDF a reader can open: the header, then a parse of its
 * structure with at least one page. The SAT's acuses may be encrypted against editing; they still open.
 */
export async function assertReadablePdf(content: Buffer, field = 'archivo'): Promise<void> {
  if (!looksLikePdf(content)) {
    throw new DomainError('NO_ES_PDF', 415, 'El archivo no es un PDF. Sube el acuse del SAT en PDF tal como lo descargaste.', [{ path: field, message: 'debe ser un PDF' }]);
  }
  let pages = 0;
  try {
    const doc = await PDFDocument.load(content, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    pages = doc.getPageCount();
  } catch {
    pages = 0;
  }
  if (pages === 0) {
    throw new DomainError('PDF_ILEGIBLE', 422, 'El PDF está dañado o incompleto y no se puede abrir. Descárgalo de nuevo del portal del SAT y vuelve a subirlo.', [
      { path: field, message: 'no se puede leer como PDF' },
    ]);
  }
}
