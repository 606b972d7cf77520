import { drawFieldRows, drawLetterhead, drawVerification, LETTER_X, openLetter } from '@veraz/documents';
import { REQUERIMIENTO_DAYS } from '@veraz/contracts';

export interface RequerimientoContent {
  institutionName: string;
  logoPng?: Buffer | null;
  folio: string;
  /** Date of issue, long Spanish form. */
  issuedOn: string;
  personName: string;
  /** «Declaración de modificación (año 2025)». */
  obligation: string;
  /** Long Spanish date. */
  dueDate: string;
  verificationUrl: string;
}

// Only article numbers and the words the law uses: the letter quotes nothing it cannot source.
const BASIS =
  'Con fundamento en los artículos 32 y 33 de la Ley General de Responsabilidades Administrativas (LGRA) y en la norma ' +
  'Cuarta de las Normas e Instructivo para el llenado y presentación del formato de declaraciones de situación patrimonial ' +
  'y de intereses, que fijan los plazos para presentar las declaraciones, y en atención a que el plazo para cumplir la ' +
  'obligación señalada concluyó sin que este órgano interno de control tenga registro de su presentación, conforme al ' +
  'artículo 33 de la LGRA, que dispone que se «... requerirá por escrito al Declarante el cumplimiento ...» de la obligación:';

/** The requerimiento letter (one page, Spanish), before sealing. */
export async function renderRequerimiento(c: RequerimientoContent): Promise<Buffer> {
  const letter = openLetter({ title: `Requerimiento ${c.folio}`, institutionName: c.institutionName, subject: 'Requerimiento de declaración omisa' });
  const { doc } = letter;
  const x = LETTER_X;
  drawLetterhead(doc, c.institutionName, c.logoPng, 'Órgano interno de control · Requerimiento de cumplimiento de la obligación de declarar');
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(10).text(`Folio: ${c.folio}`, x, doc.y, { width: 500, align: 'right' });
  doc.font('Helvetica').fontSize(10).text(`Fecha de emisión: ${c.issuedOn}`, x, doc.y, { width: 500, align: 'right' });
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(11).text(c.personName, x);
  doc.font('Helvetica').fontSize(10).text('Presente', x);
  doc.moveDown(1);
  doc.fontSize(10).text(BASIS, x, doc.y, { width: 500, align: 'justify' });
  doc.moveDown(0.8);

  drawFieldRows(
    doc,
    [
      ['Obligación omitida', c.obligation],
      ['Fecha límite que venció', c.dueDate],
      ['Plazo para cumplir', `${REQUERIMIENTO_DAYS} días naturales contados a partir del día siguiente a la notificación de este requerimiento.`],
    ],
    160,
  );
  doc.moveDown(0.6);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(
      'Se le requiere presentar la declaración o el documento señalado dentro del plazo indicado. Conforme al artículo 33 de la LGRA, ' +
        'la omisión puede dar lugar a la investigación por la falta administrativa correspondiente y, tratándose de las declaraciones ' +
        'inicial o de modificación, a que el nombramiento o contrato se declare sin efectos si la omisión continúa transcurrido dicho plazo.',
      x,
      doc.y,
      { width: 500, align: 'justify' },
    );

  drawVerification(doc, {
    url: c.verificationUrl,
    heading: 'Cómo verificar este requerimiento',
    text:
      `Escanee el código o abra ${c.verificationUrl}. También puede subir este PDF en esa página: el sello digital de la ` +
      'institución garantiza que no fue modificado; cualquier cambio lo invalida.',
    gap: 24,
    size: 110,
  });
  return letter.finish();
}
