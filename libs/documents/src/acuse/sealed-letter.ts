import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * The page layout every sealed one-page document shares (filing acuse, aviso acuse, requerimiento):
 * letterhead, label/value rows, verification QR and the seal line, so they look like one institution's.
 */
export const LETTER_X = 56;

export interface SealedLetter {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Buffer>;
}

export function openLetter(info: { title: string; institutionName: string; subject: string }): SealedLetter {
  const doc = new PDFDocument({ size: 'LETTER', margin: LETTER_X, info: { Title: info.title, Author: info.institutionName, Subject: info.subject, Producer: 'Veraz' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return {
    doc,
    finish: () => {
      doc.font('Helvetica').fontSize(8).fillColor('#555555').text(`Sellado electrónicamente por ${info.institutionName} · Generado por Veraz`, LETTER_X, 720, { width: 500, align: 'center' });
      doc.end();
      return done;
    },
  };
}

/** Logo (if any) and the institution's name, with the document's kind under them. */
export function drawLetterhead(doc: PDFKit.PDFDocument, institutionName: string, logoPng: Buffer | null | undefined, subtitle: string): void {
  if (logoPng) doc.image(logoPng, LETTER_X, 48, { fit: [120, 48] });
  doc.font('Helvetica-Bold').fontSize(14).text(institutionName, logoPng ? 190 : LETTER_X, 56, { width: logoPng ? 366 : 500 });
  doc.moveDown(0.3).font('Helvetica').fontSize(11).text(subtitle);
}

/** Bold labels in a left column, their values beside them. */
export function drawFieldRows(doc: PDFKit.PDFDocument, rows: ReadonlyArray<readonly [string, string]>, labelWidth = 170): void {
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(10).text(label, LETTER_X, y, { width: labelWidth });
    doc.font('Helvetica').fontSize(10).text(value, LETTER_X + labelWidth + 10, y, { width: 490 - labelWidth });
    doc.moveDown(0.6);
  }
}

/** A titled hexadecimal fingerprint (a SHA-256 or an audit hash) in a fixed-width font. */
export function drawFingerprint(doc: PDFKit.PDFDocument, title: string, hex: string): void {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(10).text(title, LETTER_X);
  doc.font('Courier').fontSize(9.5).text(hex, LETTER_X, doc.y + 2, { width: 500 });
}

/** The QR of the verification address, with a heading and how-to text beside it. */
export function drawVerification(doc: PDFKit.PDFDocument, v: { url: string; heading: string; text: string; gap: number; size: number }): void {
  const top = doc.y + v.gap;
  const textX = LETTER_X + v.size + 20;
  const width = 500 - v.size - 20;
  drawQr(doc, v.url, LETTER_X, top, v.size);
  doc.font('Helvetica-Bold').fontSize(10).text(v.heading, textX, top, { width });
  doc.font('Helvetica').fontSize(9.5).text(v.text, textX, doc.y + 4, { width });
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
