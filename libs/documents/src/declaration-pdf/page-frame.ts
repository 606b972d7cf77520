import { declarationTitle, PRELIMINARY_MARK, type DeclarationPdfInput } from './declaration-pdf.types';
import { printable } from './format';
import { COLOR, FONT, LEFT, MARGIN, PAGE, RIGHT, WIDTH } from './layout';

export function preliminaryVariant(input: DeclarationPdfInput): boolean {
  return input.variant === 'preliminar';
}

/** Running header, footer (folio, SHA-256, "Página X de Y") and the preliminary watermark, on every page. */
export function decoratePages(doc: PDFKit.PDFDocument, input: DeclarationPdfInput): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  const preliminary = preliminaryVariant(input);
  const running = printable(
    `${declarationTitle(input.tipo)} · ${input.filerName}${input.variant === 'publica' ? ' · Versión pública' : preliminary ? ` · ${PRELIMINARY_MARK}` : ''}`,
  );
  const identity = preliminary
    ? `${PRELIMINARY_MARK} · sin folio ni validez oficial`
    : [input.folio ? `Folio ${input.folio}` : null, input.sha256 ? `SHA-256 ${input.sha256}` : null].filter(Boolean).join(' · ');
  for (let index = 0; index < total; index++) {
    doc.switchToPage(range.start + index);
    // Writing in the margins must not open new pages.
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };

    if (index > 0) {
      doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted);
      doc.text(running, LEFT, 30, { width: WIDTH, lineBreak: false, ellipsis: true, height: 10 });
    }
    const footerY = PAGE.height - MARGIN.bottom + 26;
    doc.save().moveTo(LEFT, footerY - 6).lineTo(RIGHT, footerY - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke().restore();
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
    doc.text(printable(identity), LEFT, footerY, { width: WIDTH - 80, lineBreak: false });
    doc.font(FONT.regular).fontSize(8).fillColor(COLOR.text);
    doc.text(`Página ${index + 1} de ${total}`, RIGHT - 80, footerY, { width: 80, align: 'right', lineBreak: false });
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
    doc.text(printable(input.institutionName), LEFT, footerY + 11, { width: WIDTH - 80, lineBreak: false, ellipsis: true, height: 9 });

    if (preliminary) watermark(doc);
    doc.page.margins = margins;
  }
}

function watermark(doc: PDFKit.PDFDocument): void {
  const size = 58;
  doc.save();
  doc.font(FONT.bold).fontSize(size);
  const text = printable(PRELIMINARY_MARK);
  const width = doc.widthOfString(text);
  const cx = PAGE.width / 2;
  const cy = PAGE.height / 2;
  doc.rotate(-52, { origin: [cx, cy] });
  doc.fillColor('#b00020').fillOpacity(0.13);
  doc.text(text, cx - width / 2, cy - size / 2, { lineBreak: false });
  doc.restore();
}
