import { useEffect, useMemo, useState } from 'react';
import { sectionDiff, sectionForm } from '@veraz/standards/form';
import { Link } from 'react-router';
import { ChangeList } from './ChangeList';
import { declarationPaths, useDeclaration } from './DeclarationContext';
import { loadFormStandards, type FormStandards } from './form/data/standards';

/**
 * On the review page of a copy of a previous filing: per section, what changes against it (field,
 * before, after; items added, modified or given de baja), from what is saved.
 */
export function ReviewChanges() {
  const { declaration, baselines } = useDeclaration();
  const [standards, setStandards] = useState<FormStandards | null>(null);
  useEffect(() => {
    let live = true;
    if (baselines) loadFormStandards(declaration.tipo).then((data) => live && setStandards(data), () => undefined);
    return () => {
      live = false;
    };
  }, [declaration.tipo, baselines]);

  const diffs = useMemo(() => {
    if (!standards || !baselines) return [];
    return declaration.sections
      .filter((s) => s.data)
      .map((s) => ({ section: s, diff: sectionDiff(s.name, sectionForm(standards.oas, s.name).root, s.data!, baselines[s.name] ?? {}) }))
      .filter(({ diff }) => diff.fields.length + diff.items.length > 0);
  }, [standards, baselines, declaration.sections]);

  if (!baselines) return null;
  return (
    <section aria-labelledby="revision-cambios" className="review-block">
      <h2 id="revision-cambios">Cambios respecto de tu declaración anterior</h2>
      {!standards ? (
        <p className="muted">Comparando con tu declaración anterior…</p>
      ) : diffs.length === 0 ? (
        <p>Sin cambios: lo que guardaste dice lo mismo que tu declaración anterior.</p>
      ) : (
        diffs.map(({ section, diff }) => (
          <div key={section.name} className="review-changes-section">
            <h3>
              <Link to={declarationPaths.section(declaration.id, section.name)}>{section.label}</Link>
            </h3>
            <ChangeList sectionName={section.name} diff={diff} labels={standards.labels} valores={standards.valores} tipo={standards.tipo} />
          </div>
        ))
      )}
    </section>
  );
}
