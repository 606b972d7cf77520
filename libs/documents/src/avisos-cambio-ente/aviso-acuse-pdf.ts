import { AVISO_TIPO_LABEL, type AvisoData } from '@veraz/contracts';
import { drawFieldRows, drawFingerprint, drawLetterhead, drawVerification, LETTER_X, openLetter } from '../acuse/sealed-letter';
import { mexicoDateTime } from '../mexico-date-time';

export interface AvisoAcuseContent {
  institutionName: string;
  logoPng?: Buffer | null;
  folio: string;
  filedAt: Date;
  sha256: string;
  data: AvisoData;
  verificationUrl: string;
}

const LEGAL =
  'La persona servidora pública dio aviso del cambio de ente público en el mismo orden de gobierno, conforme a la norma ' +
  'Cuarta de las Normas e Instructivo para el llenado y presentación del formato de declaraciones de situación patrimonial ' +
  'y de intereses: en este caso no presenta la declaración inicial ni la de conclusión.';

const LONG_DATE = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' });
const long = (date: string) => LONG_DATE.format(new Date(`${date}T00:00:00Z`));

/**
 * The aviso's acuse: one page, like a filing's, with the folio, the dates and the SHA-256 of the
 * aviso as filed. It names the filer and both posts but carries no CURP, RFC nor contact data.
 */
export async function renderAvisoAcuse(c: AvisoAcuseContent): Promise<Buffer> {
  const letter = openLetter({ title: `Acuse de aviso ${c.folio}`, institutionName: c.institutionName, subject: 'Acuse de recibo' });
  const { doc } = letter;
  drawLetterhead(doc, c.institutionName, c.logoPng, `Acuse de recibo del ${AVISO_TIPO_LABEL.toLowerCase()}`);
  doc.moveDown(1.2);

  const g = c.data.datosGenerales;
  const nuevo = c.data.encargoNuevo;
  const anterior = c.data.encargoAnterior;
  const rows: Array<[string, string]> = [
    ['Declarante', [g.nombre, g.primerApellido, g.segundoApellido].filter(Boolean).join(' ')],
    ['Tipo', AVISO_TIPO_LABEL],
    ['Ente público anterior', `${anterior.nombreEntePublico} (conclusión: ${long(anterior.fechaConclusion)})`],
    ['Nuevo ente público', nuevo.nombreEntePublico],
    ['Nuevo encargo', `${nuevo.empleoCargoComision}, ${nuevo.areaAdscripcion} (nivel ${nuevo.nivelEmpleoCargoComision})`],
    ['Toma de posesión', long(nuevo.fechaTomaPosesion)],
    ['Folio', c.folio],
    ['Fecha y hora de presentación', mexicoDateTime(c.filedAt)],
  ];
  drawFieldRows(doc, rows);
  drawFingerprint(doc, 'Huella digital (SHA-256) del aviso presentado', c.sha256);
  doc.moveDown(1).font('Helvetica').fontSize(9.5).text(LEGAL, LETTER_X, doc.y, { width: 500, align: 'justify' });

  drawVerification(doc, {
    url: c.verificationUrl,
    heading: 'Cómo verificar este acuse',
    text:
      `Escanee el código o abra ${c.verificationUrl}. La página confirma que el folio existe, la institución y la fecha, y si una ` +
      'huella SHA-256 corresponde al aviso. También puede subir este PDF: el sello digital de la institución garantiza que no fue modificado.',
    gap: 18,
    size: 120,
  });
  return letter.finish();
}
