import PDFDocument from 'pdfkit';
import { orderFields, sectionsFor, type SectionDef, type SectionGroup, type Tipo } from '@veraz/standards';
import { mexicoDateTime } from '../mexico-date-time';
import { formatLeaf, isBlank, isObject, printable } from './format';
import { otherSectionTitle, pdfItemName, pdfLabel } from './labels';
import { declarationTitle, PRELIMINARY_MARK, TIPO_TITLES, type DeclarationPdfInput } from './declaration-pdf.types';
import { COLOR, COLUMN_GAP, FONT, INDENT, LABEL_COLUMN, LEFT, MARGIN, PAGE, RIGHT, WIDTH } from './layout';
import { decoratePages, preliminaryVariant } from './page-frame';

type Json = Record<string, unknown>;

export * from './declaration-pdf.types';

const GROUP_TITLES: Record<SectionGroup, string> = {
  situacionPatrimonial: 'I. Declaración de situación patrimonial',
  interes: 'II. Declaración de intereses',
};

/**
 * Renders a declaration as the DOF forms order it: sections in the official order with their
 * Spanish titles, every field labelled in Spanish, lists numbered, amounts, dates and booleans
 * written out. Every page carries "Página X de Y" and the folio and SHA-256 of the filing.
 */
export async function renderDeclarationPdf(input: DeclarationPdfInput): Promise<Buffer> {
  const preliminary = input.variant === 'preliminar';
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: printable(`${declarationTitle(input.tipo)}${input.variant === 'publica' ? ' (versión pública)' : ''}${input.folio && !preliminary ? ` ${input.folio}` : ''}`),
      Author: printable(input.institutionName),
      Subject: printable(preliminary ? 'Versión preliminar de la declaración' : input.variant === 'publica' ? 'Versión pública de la declaración' : 'Declaración presentada'),
      Producer: 'Veraz',
      CreationDate: input.filedAt ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const writer = new Writer(doc, input.tipo);
  writer.cover(input);
  writer.body(input);
  decoratePages(doc, input);
  doc.end();
  return done;
}

class Writer {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly tipo: Tipo,
  ) {}

  private get maxY(): number {
    return PAGE.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  private ensure(height: number): void {
    if (this.doc.y + height > this.maxY) this.doc.addPage();
  }

  private text(value: string, x: number, y: number, options: PDFKit.Mixins.TextOptions): void {
    this.doc.text(printable(value), x, y, options);
  }

  private heightOf(value: string, font: string, size: number, width: number): number {
    return this.doc.font(font).fontSize(size).heightOfString(printable(value), { width });
  }

  cover(input: DeclarationPdfInput): void {
    const doc = this.doc;
    doc.font(FONT.bold).fontSize(10.5).fillColor(COLOR.muted);
    this.text(input.institutionName, LEFT, MARGIN.top - 8, { width: WIDTH });
    doc.font(FONT.bold).fontSize(15).fillColor(COLOR.text);
    this.text(declarationTitle(input.tipo), LEFT, doc.y + 4, { width: WIDTH });
    if (input.variant === 'publica') {
      doc.font(FONT.bold).fontSize(12.5).fillColor(COLOR.accent);
      this.text('Versión pública', LEFT, doc.y + 4, { width: WIDTH });
      doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
      this.text(
        'Contiene solo los datos que pueden hacerse públicos conforme a las Normas e Instructivo para el llenado y presentación del ' +
          'formato de declaraciones (Decimonovena) y a los formatos publicados en el DOF: sin datos personales, de la pareja, de ' +
          'dependientes económicos ni de terceros personas físicas.',
        LEFT,
        doc.y + 3,
        { width: WIDTH },
      );
    } else if (input.variant === 'preliminar') {
      doc.font(FONT.bold).fontSize(12.5).fillColor(COLOR.accent);
      this.text(`${PRELIMINARY_MARK} — sin validez oficial`, LEFT, doc.y + 4, { width: WIDTH });
      doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
      this.text(
        'Borrador generado para revisión antes de firmar. No tiene folio ni constituye una declaración presentada; los datos pueden cambiar.',
        LEFT,
        doc.y + 3,
        { width: WIDTH },
      );
    } else {
      doc.font(FONT.bold).fontSize(12.5).fillColor(COLOR.accent);
      this.text('Versión completa', LEFT, doc.y + 4, { width: WIDTH });
      doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
      this.text('Contiene datos personales protegidos: su consulta está restringida a la persona declarante y al órgano interno de control.', LEFT, doc.y + 3, {
        width: WIDTH,
      });
    }
    doc.moveDown(0.8);

    const metadata = (isObject(input.item.metadata) ? input.item.metadata : {}) as Json;
    const rows: Array<[string, string]> = [
      ['Declarante', input.filerName],
      ['Tipo de declaración', metadata.actualizacionConflictoInteres === true ? `${TIPO_TITLES[input.tipo]} (actualización de la declaración de intereses)` : TIPO_TITLES[input.tipo]],
      ['Formato', input.completa ? 'Completa' : 'Simplificada'],
    ];
    if (!preliminaryVariant(input)) {
      if (input.folio) rows.push(['Folio', input.folio]);
      if (input.filedAt) rows.push(['Fecha y hora de presentación', mexicoDateTime(input.filedAt)]);
    } else {
      rows.push(['Generada', mexicoDateTime(new Date())]);
    }
    for (const [label, value] of rows) this.row(label, value, 0);
    if (input.sha256 && !preliminaryVariant(input)) {
      doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.label);
      this.text('Huella digital (SHA-256) de la declaración presentada', LEFT, doc.y + 1, { width: WIDTH });
      doc.font('Courier').fontSize(9).fillColor(COLOR.text);
      this.text(input.sha256, LEFT, doc.y + 2, { width: WIDTH });
      doc.y += 2;
    }
    this.rule(4);
  }

  body(input: DeclarationPdfInput): void {
    const declaracion = (isObject(input.item.declaracion) ? input.item.declaracion : {}) as Json;
    const defs = sectionsFor(this.tipo, true);
    const groups: SectionGroup[] = ['situacionPatrimonial', 'interes'];
    let any = false;
    for (const group of groups) {
      const data = isObject(declaracion[group]) ? (declaracion[group] as Json) : null;
      if (!data) continue;
      const ofGroup = defs.filter((d) => d.group === group);
      const known = new Set(ofGroup.map((d) => d.name));
      const present: Array<{ number: number | null; def: Pick<SectionDef, 'name' | 'label' | 'listKey'>; value: unknown }> = [];
      ofGroup.forEach((def, index) => {
        if (def.name in data && !isBlank(data[def.name])) present.push({ number: index + 1, def, value: data[def.name] });
      });
      // A section the standard does not list for the tipo is still printed, after the official ones.
      for (const [name, value] of Object.entries(data)) {
        if (!known.has(name) && !isBlank(value)) present.push({ number: null, def: { name, label: otherSectionTitle(name), listKey: null }, value });
      }
      if (present.length === 0) continue;
      any = true;
      this.groupHeading(GROUP_TITLES[group]);
      for (const { number, def, value } of present) {
        this.sectionHeading(number === null ? def.label : `${number}. ${def.label}`);
        this.section(def.name, value);
      }
    }
    if (!any) this.note('La declaración aún no tiene secciones capturadas.');
  }

  private section(name: string, value: unknown): void {
    if (!isObject(value)) {
      const leaf = formatLeaf(name, value);
      if (leaf !== undefined) this.note(leaf);
      return;
    }
    if (value.ninguno === true) {
      this.row(pdfLabel(`${name}.ninguno`, this.tipo), 'Ninguno', 0);
      if (!isBlank(value.aclaracionesObservaciones)) this.fields({ aclaracionesObservaciones: value.aclaracionesObservaciones }, name, 0);
      return;
    }
    this.fields(value, name, 0);
  }

  /** The fields of one object at `labelPath` (section and property names), in DOF order: labelled lines, subheadings for groups, numbered list elements. */
  private fields(object: Json, labelPath: string, indent: number): void {
    const printed = Object.keys(object).filter((key) => !(key === 'ninguno' && object[key] === false) && !isBlank(object[key]));
    // In the DOF form's order, not the stored one (jsonb sorts keys by length).
    for (const key of orderFields(this.tipo, labelPath, printed)) {
      const value = object[key];
      const path = `${labelPath}.${key}`;
      const leaf = formatLeaf(key, value);
      if (leaf !== undefined) {
        this.row(pdfLabel(path, this.tipo), leaf, indent);
      } else if (Array.isArray(value)) {
        const items = value.filter((item) => !isBlank(item));
        const name = pdfItemName(path, this.tipo);
        items.forEach((item, index) => {
          this.subheading(`${name} ${index + 1} de ${items.length}${operationMark(item)}`, indent);
          if (isObject(item)) this.fields(item, path, indent + INDENT);
          else this.row(name, formatLeaf(key, item) ?? String(item), indent + INDENT);
        });
      } else if (isObject(value)) {
        this.subheading(pdfLabel(path, this.tipo), indent);
        this.fields(value, path, indent + INDENT);
      }
    }
  }

  /** One labelled value: label on the left, value wrapped on the right. */
  private row(label: string, value: string, indent: number): void {
    const doc = this.doc;
    const labelX = LEFT + indent;
    const labelWidth = LABEL_COLUMN - indent;
    const valueX = LEFT + LABEL_COLUMN + COLUMN_GAP;
    const valueWidth = RIGHT - valueX;
    const labelHeight = this.heightOf(label, FONT.regular, 8.5, labelWidth);
    const valueHeight = this.heightOf(value, FONT.regular, 9.5, valueWidth);
    const height = Math.max(labelHeight, valueHeight);
    // A value longer than a page flows onto the next ones; anything shorter is kept together.
    this.ensure(height <= this.maxY - MARGIN.top ? height : labelHeight + 24);
    const top = doc.y;
    const page = doc.page;
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.label);
    this.text(label, labelX, top + 1, { width: labelWidth });
    const labelBottom = doc.y;
    doc.font(FONT.regular).fontSize(9.5).fillColor(COLOR.text);
    this.text(value, valueX, top, { width: valueWidth });
    const bottom = doc.page === page ? Math.max(labelBottom, doc.y) : doc.y;
    doc.x = LEFT;
    doc.y = bottom + 3.5;
  }

  private subheading(text: string, indent: number): void {
    const doc = this.doc;
    const width = WIDTH - indent;
    this.ensure(this.heightOf(text, FONT.bold, 9.5, width) + 22);
    doc.y += 3;
    doc.font(FONT.bold).fontSize(9.5).fillColor(COLOR.text);
    this.text(text, LEFT + indent, doc.y, { width });
    doc.y += 2.5;
  }

  private sectionHeading(text: string): void {
    const doc = this.doc;
    this.ensure(this.heightOf(text, FONT.bold, 11.5, WIDTH) + 40);
    doc.y += 8;
    doc.font(FONT.bold).fontSize(11.5).fillColor(COLOR.accent);
    this.text(text, LEFT, doc.y, { width: WIDTH });
    this.rule(2);
  }

  private groupHeading(text: string): void {
    const doc = this.doc;
    this.ensure(80);
    doc.y += 10;
    doc.font(FONT.bold).fontSize(13).fillColor(COLOR.text);
    this.text(text.toUpperCase(), LEFT, doc.y, { width: WIDTH });
    doc.y += 2;
  }

  private note(text: string): void {
    const doc = this.doc;
    this.ensure(this.heightOf(text, FONT.oblique, 9.5, WIDTH) + 4);
    doc.font(FONT.oblique).fontSize(9.5).fillColor(COLOR.text);
    this.text(text, LEFT, doc.y, { width: WIDTH });
    doc.y += 4;
  }

  private rule(after: number): void {
    const doc = this.doc;
    const y = doc.y + 1.5;
    doc.save().moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(0.6).strokeColor(COLOR.rule).stroke().restore();
    doc.y = y + after + 2;
  }
}

/** A MODIFICACIÓN's reader looks for what left and what changed: the item's heading says so. */
function operationMark(item: unknown): string {
  const op = isObject(item) ? item.tipoOperacion : undefined;
  return op === 'BAJA' || op === 'MODIFICAR' ? ` — ${op === 'BAJA' ? 'BAJA' : 'MODIFICADO'}` : '';
}
