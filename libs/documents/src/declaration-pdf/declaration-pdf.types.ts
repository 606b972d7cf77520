import type { Tipo } from '@veraz/standards';

/**
 * completa: the filed declaration as the filer and the reviewers see it.
 * publica: only the public projection (the caller passes the projected item).
 * preliminar: a draft, before signing: watermarked, without folio.
 */
export type DeclarationPdfVariant = 'completa' | 'publica' | 'preliminar';

export interface DeclarationPdfInput {
  /** One S1 result item `{id, metadata, declaracion}`. */
  item: { id?: string; metadata?: object; declaracion?: { situacionPatrimonial?: object; interes?: object } };
  tipo: Tipo;
  completa: boolean;
  variant: DeclarationPdfVariant;
  institutionName: string;
  filerName: string;
  folio?: string;
  sha256?: string;
  filedAt?: Date;
}

export const TIPO_TITLES: Readonly<Record<Tipo, string>> = Object.freeze({ INICIAL: 'Inicial', MODIFICACIÓN: 'Modificación', CONCLUSIÓN: 'Conclusión' });

export const PRELIMINARY_MARK = 'VERSIÓN PRELIMINAR';

/** The title printed on the first page: "Declaración de situación patrimonial y de intereses — Inicial". */
export function declarationTitle(tipo: Tipo): string {
  return `Declaración de situación patrimonial y de intereses — ${TIPO_TITLES[tipo]}`;
}
