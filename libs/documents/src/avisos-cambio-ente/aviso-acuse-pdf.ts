import PDFDocument from 'pdfkit';
import { AVISO_TIPO_LABEL, type AvisoData } from '@veraz/contracts';
import { drawQr } from '../acuse/acuse-pdf';
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
  const doc = new PDFDocument({ size: 'LETTER', margin: 56, info: { Title: `Acuse de aviso ${c.folio}`, Author: c.institutionName, Subject: 'Acuse de recibo', Producer: 'Veraz' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  if (c.logoPng) doc.image(c.logoPng, 56, 48, { fit: [120, 48] });
  doc.font('Helvetica-Bold').fontSize(14).text(c.institutionName, c.logoPng ? 190 : 56, 56, { width: c.logoPng ? 366 : 500 });
  doc.moveDown(0.3).font('Helvetica').fontSize(11).text(`Acuse de recibo del ${AVISO_TIPO_LABEL.toLowerCase()}`);
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
  const x = 56;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(10).text(label, x, y, { width: 170 });
    doc.font('Helvetica').fontSize(10).text(value, x + 180, y, { width: 320 });
    doc.moveDown(0.6);
  }
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(10).text('Huella digital (SHA-256) del aviso presentado', x);
  doc.font('Courier').fontSize(9.5).text(c.sha256, x, doc.y + 2, { width: 500 });
  doc.moveDown(1).font('Helvetica').fontSize(9.5).text(LEGAL, x, doc.y, { width: 500, align: 'justify' });

  const qrTop = doc.y + 18;
  drawQr(doc, c.verificationUrl, x, qrTop, 120);
  doc.font('Helvetica-Bold').fontSize(10).text('Cómo verificar este acuse', x + 140, qrTop, { width: 360 });
  doc
    .font('Helvetica')
    .fontSize(9.5)
    .text(
      `Escanee el código o abra ${c.verificationUrl}. La página confirma que el folio existe, la institución y la fecha, y si una ` +
        'huella SHA-256 corresponde al aviso. También puede subir este PDF: el sello digital de la institución garantiza que no fue modificado.',
      x + 140,
      doc.y + 4,
      { width: 360 },
    );
  doc.font('Helvetica').fontSize(8).fillColor('#555555').text(`Sellado electrónicamente por ${c.institutionName} · Generado por Veraz`, x, 720, { width: 500, align: 'center' });
  doc.end();
  return done;
}
