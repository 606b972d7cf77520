import { createContext, useContext } from 'react';
import type { DeclarationView, SaveSectionResult, SectionView } from '@veraz/contracts';

/**
 * The open declaration, shared by the wizard's layout (sidebar, progress) and the section pages.
 * A section page reports each successful save so the sidebar's status and progress stay real.
 */
export interface DeclarationContextValue {
  declaration: DeclarationView;
  /** Call after a section save succeeded (autosave included). */
  sectionSaved(result: SaveSectionResult): void;
  /** Call when a section was re-read from the server (after a 409, for instance). */
  sectionReplaced(section: SectionView): void;
  /** Reloads the whole declaration from the server. */
  reload(): void;
  /**
   * Per section, the data carried from the filing the draft started from: what each copied item's
   * tipoOperacion is derived from. null when the draft started from no filing.
   */
  baselines: Record<string, Record<string, unknown> | null> | null;
}

export const DeclarationContext = createContext<DeclarationContextValue | null>(null);

export function useDeclaration(): DeclarationContextValue {
  const value = useContext(DeclarationContext);
  if (!value) throw new Error('useDeclaration must be used inside a declaration page');
  return value;
}

/** Where each page of the wizard lives; shared so links never drift. */
export const declarationPaths = {
  list: () => '/declaraciones',
  start: () => '/declaraciones/nueva',
  section: (id: string, section: string) => `/declaraciones/${id}/secciones/${section}`,
  review: (id: string) => `/declaraciones/${id}/revision`,
  filing: (filingId: string) => `/presentadas/${filingId}`,
};
