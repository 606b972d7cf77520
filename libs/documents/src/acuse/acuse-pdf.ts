import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { mexicoDateTime } from '../mexico-date-time';

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
  const doc = new PDFDocument({ size: 'LETTER', margin: 56, info: { Title: `Acuse de declaración ${c.folio}`, Author: c.institutionName, Subject: 'Acuse de recibo', Producer: 'Veraz' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  if (c.logoPng) doc.image(c.logoPng, 56, 48, { fit: [120, 48] });
  doc.font('Helvetica-Bold').fontSize(14).text(c.institutionName, c.logoPng ? 190 : 56, 56, { width: c.logoPng ? 366 : 500 });
  doc.moveDown(0.3).font('Helvetica').fontSize(11).text('Acuse de recibo de la declaración de situación patrimonial y de intereses');
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
  const x = 56;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(10).text(label, x, y, { width: 170 });
    doc.font('Helvetica').fontSize(10).text(value, x + 180, y, { width: 320 });
    doc.moveDown(0.6);
  }

  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(10).text('Huella digital (SHA-256) de la declaración presentada', x);
  doc.font('Courier').fontSize(9.5).text(c.sha256, x, doc.y + 2, { width: 500 });
  if (c.auditAnchor) {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(10).text(`Ancla de la bitácora: entrada ${c.auditAnchor.seq} de la bitácora de la institución`, x);
    doc.font('Courier').fontSize(9.5).text(c.auditAnchor.hash, x, doc.y + 2, { width: 500 });
  }
  doc.moveDown(1).font('Helvetica').fontSize(9.5).text(LEGAL, x, doc.y, { width: 500, align: 'justify' });

  const qrTop = doc.y + 18;
  drawQr(doc, c.verificationUrl, x, qrTop, 120);
  doc.font('Helvetica-Bold').fontSize(10).text('Cómo verificar este acuse', x + 140, qrTop, { width: 360 });
  doc
    .font('Helvetica')
    .fontSize(9.5)
    .text(
      `Escanee el código o abra ${c.verificationUrl}. La página confirma que el folio existe, la institución, el tipo y la fecha, ` +
        'y si una huella SHA-256 corresponde a la declaración. También puede subir este PDF: el sello digital de la ' +
        'institución garantiza que no fue modificado; cualquier cambio lo invalida.' +
        (c.auditAnchor ? ' La página también indica si la bitácora de la institución conserva la entrada del ancla.' : ''),
      x + 140,
      doc.y + 4,
      { width: 360 },
    );
  doc.font('Helvetica').fontSize(8).fillColor('#555555').text(`Sellado electrónicamente por ${c.institutionName} · Generado por Veraz`, x, 720, { width: 500, align: 'center' });
  doc.end();
  return done;
}

/**
 * The QR code as filled squares: sharp at any zoom and printer, and cheaper than a PNG that pdfkit
 * would decode and compress again (the PNG was most of an acuse's rendering time). Each row's runs
 * of dark modules are one rectangle; one module of quiet zone on every side.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = size / (n + 2);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      doc.rect(x + (start + 1) * cell, y + (row + 1) * cell, (col - start) * cell, cell);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
