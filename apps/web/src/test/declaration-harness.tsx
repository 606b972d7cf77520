import { useState } from 'react';
import { Route, Routes } from 'react-router';
import type { DeclarationView, SaveSectionResult, SectionView } from '@veraz/contracts';
import { DeclarationContext } from '../features/declarations/DeclarationContext';
import SectionPage from '../features/declarations/form/SectionPage';

/** A draft INICIAL (completa) with the given sections, as the API returns it. */
export function draftDeclaration(id: string, sections: SectionView[]): DeclarationView {
  return {
    id,
    tipo: 'INICIAL',
    actualizacionConflictoInteres: false,
    declaracionCompleta: true,
    status: 'BORRADOR',
    fechaTomaPosesion: '2026-10-01',
    anioReportado: null,
    fechaConclusion: null,
    progress: 0,
    prefilledFromFilingId: null,
    correctsFilingId: null,
    filingId: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    sections,
  };
}

/** The section page inside a declaration context that applies saves the way DeclarationLayout does. */
export function SectionPageHarness({ initial }: { initial: DeclarationView }) {
  const [value, setValue] = useState(initial);
  return (
    <DeclarationContext.Provider
      value={{
        declaration: value,
        sectionSaved: (r: SaveSectionResult) => setValue((d) => ({ ...d, progress: r.progress, sections: d.sections.map((s) => (s.name === r.section.name ? r.section : s)) })),
        sectionReplaced: (s) => setValue((d) => ({ ...d, sections: d.sections.map((x) => (x.name === s.name ? s : x)) })),
        reload: () => undefined,
        baselines: null,
      }}
    >
      <Routes>
        <Route path="/declaraciones/:id/secciones/:section" element={<SectionPage />} />
        <Route path="/declaraciones/:id/revision" element={<h1>Revisión</h1>} />
      </Routes>
    </DeclarationContext.Provider>
  );
}
