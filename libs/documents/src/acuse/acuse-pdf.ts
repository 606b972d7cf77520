import { mexicoDateTime } from '../mexico-date-time';
import { drawFieldRows, drawFingerprint, drawLetterhead, drawVerification, LETTER_X, openLetter } from './sealed-letter';

export interface AcuseContent {
  institutionName: string;
  filerName: string;
  tipo: string;
  /** e.g. "Toma de posesión: 16 de enero de 2023" or "Año reportado: 2023". */
  period: string;
  completa: boolean;
  actualizacionConflictoInteres: boolean;
  folio: string;
  version: number;
  filedAt: Date;
  sha256: string;
  verificationUrl: string;
  /** Present when the filer also signed with e.firma. */
  efirma?: { serial: string; notAfter: Date } | null;
  /** The institution's audit chain entry that recorded this filing: an outside anchor of the chain. */
  auditAnchor?: { seq: number; hash: string } | null;
  logoPng?: Buffer | null;
}

const LEGAL =
  'La persona servidora pública manifestó, bajo protesta de decir verdad, que los datos de esta declaración son ' +
  'ciertos, conforme a los artículos 32 y 33 de la Ley General de Responsabilidades Administrativas y a las Normas e ' +
  'Instructivo para el llenado y presentación del formato de declaraciones de situación patrimonial y de intereses.';

/**
 * The acuse: one page that a filer keeps as proof. It carries no private data of the declaration,
 * only who filed what and when, and the SHA-256 that ties it to the filed document.
 */
export async function renderAcuse(c: AcuseContent): Promise<Buffer> {
  const letter = openLetter({ title: `Acuse de declaración ${c.folio}`, institutionName: c.institutionName, subject: 'Acuse de recibo' });
  const { doc } = letter;
  drawLetterhead(doc, c.institutionName, c.logoPng, 'Acuse de recibo de la declaración de situación patrimonial y de intereses');
  doc.moveDown(1.2);

  const rows: Array<[string, string]> = [
    ['Declarante', c.filerName],
    ['Tipo de declaración', c.actualizacionConflictoInteres ? `${c.tipo} (actualización de intereses)` : c.tipo],
    ['Periodo', c.period],
    ['Formato', c.completa ? 'Completa' : 'Simplificada'],
    ['Folio', c.version > 1 ? `${c.folio} (nota aclaratoria, versión ${c.version})` : c.folio],
    ['Fecha y hora de presentación', mexicoDateTime(c.filedAt)],
  ];
  // The filer's CMS signs the SHA-256 printed below (as hex text): the acuse names the certificate that did it.
  if (c.efirma) {
    rows.push([
      'Firma electrónica (e.firma)',
      `Certificado ${c.efirma.serial}, vigente hasta ${c.efirma.notAfter.toISOString().slice(0, 10)}. Firmó la huella SHA-256 indicada abajo.`,
    ]);
  }
  drawFieldRows(doc, rows);
  drawFingerprint(doc, 'Huella digital (SHA-256) de la declaración presentada', c.sha256);
  if (c.auditAnchor) drawFingerprint(doc, `Ancla de la bitácora: entrada ${c.auditAnchor.seq} de la bitácora de la institución`, c.auditAnchor.hash);
  doc.moveDown(1).font('Helvetica').fontSize(9.5).text(LEGAL, LETTER_X, doc.y, { width: 500, align: 'justify' });

  drawVerification(doc, {
    url: c.verificationUrl,
    heading: 'Cómo verificar este acuse',
    text:
      `Escanee el código o abra ${c.verificationUrl}. La página confirma que el folio existe, la institución, el tipo y la fecha, ` +
      'y si una huella SHA-256 corresponde a la declaración. También puede subir este PDF: el sello digital de la ' +
      'institución garantiza que no fue modificado; cualquier cambio lo invalida.' +
      (c.auditAnchor ? ' La página también indica si la bitácora de la institución conserva la entrada del ancla.' : ''),
    gap: 18,
    size: 120,
  });
  return letter.finish();
}
