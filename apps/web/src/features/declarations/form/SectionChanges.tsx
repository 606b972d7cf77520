import { useWatch } from 'react-hook-form';
import { sectionDiff, type ObjectNode } from '@veraz/standards/form';
import { ChangeList } from '../ChangeList';
import { useFormEnv } from './FormEnv';

type Json = Record<string, unknown>;

/**
 * While capturing a copy of a previous filing: what this section changes against it, field by field
 * (before → after) and item by item, from what is on screen now (the same JSON that is saved).
 */
export function SectionChanges({ root, snapshot }: { root: ObjectNode; snapshot: () => Json }) {
  const env = useFormEnv();
  // Re-rendered on every edit: the list follows what the filer types.
  useWatch();
  const baseline = env.operations.baseline ?? {};
  const diff = sectionDiff(env.sectionName, root, snapshot(), baseline);
  const count = diff.fields.length + diff.items.length;
  return (
    <section className="section-changes" aria-labelledby="cambios-titulo">
      <h2 id="cambios-titulo">Cambios respecto de tu declaración anterior</h2>
      {count === 0 ? (
        <p className="muted">Sin cambios: esta sección dice lo mismo que tu declaración anterior.</p>
      ) : (
        <ChangeList sectionName={env.sectionName} diff={diff} labels={env.standards.labels} valores={env.standards.valores} tipo={env.standards.tipo} />
      )}
    </section>
  );
}
