import type { FilingView } from '@veraz/contracts';
import { dofSectionTitle, sectionDiff, sectionForm } from '@veraz/standards/form';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { useResource } from '../../components/useResource';
import { ChangeList } from '../declarations/ChangeList';
import { loadFormStandards, type FormStandards } from '../declarations/form/data/standards';
import { documentSections } from './FilingSections';
import { institutionFilingPaths } from './paths';

type Json = Record<string, unknown>;

/**
 * For a MODIFICACIÓN: per section, what it changes against the filer's previous filing (the same
 * comparison and wording the filer saw before signing).
 */
export function FilingChanges({ filing }: { filing: FilingView }) {
  const client = useApi();
  // Only a MODIFICACIÓN with an earlier filing is compared.
  const previousId = filing.tipo === 'MODIFICACIÓN' ? filing.previousFilingId : null;
  const previous = useResource(async (signal) => (previousId ? client.get<FilingView>(`/api/filings/${encodeURIComponent(previousId)}`, signal) : null), [client, previousId]);
  const [standards, setStandards] = useState<FormStandards | null>(null);
  useEffect(() => {
    let live = true;
    if (previousId) loadFormStandards(filing.tipo).then((data) => live && setStandards(data), () => undefined);
    return () => {
      live = false;
    };
  }, [filing.tipo, previousId]);

  const diffs = useMemo(() => {
    if (!standards || !previous.data) return [];
    const before = new Map(documentSections(previous.data.document).map((s) => [s.name, s.data]));
    return documentSections(filing.document)
      .map(({ name, data }) => ({ name, diff: sectionDiff(name, sectionForm(standards.oas, name).root, data, before.get(name) ?? ({} as Json)) }))
      .filter(({ diff }) => diff.fields.length + diff.items.length > 0);
  }, [standards, previous.data, filing.document]);

  if (filing.tipo !== 'MODIFICACIÓN') return null;
  return (
    <section aria-labelledby="cambios-titulo" className="filing-block">
      <h2 id="cambios-titulo">Cambios respecto de la declaración anterior</h2>
      {!previousId ? (
        <p>No hay una declaración anterior de esta persona en la institución con la cual comparar.</p>
      ) : previous.error ? (
        <LoadError message={previous.error} onRetry={previous.reload} />
      ) : !standards || !previous.data ? (
        <p className="muted">Comparando con la declaración anterior…</p>
      ) : (
        <>
          <p>
            Comparada con la declaración con folio <Link to={institutionFilingPaths.filing(previous.data.id)}>{previous.data.folio}</Link>.
          </p>
          {diffs.length === 0 ? (
            <p>Sin cambios: dice lo mismo que la declaración anterior.</p>
          ) : (
            diffs.map(({ name, diff }) => (
              <div key={name} className="review-changes-section">
                <h3>{dofSectionTitle(name, filing.tipo)}</h3>
                <ChangeList sectionName={name} diff={diff} labels={standards.labels} valores={standards.valores} tipo={standards.tipo} />
              </div>
            ))
          )}
        </>
      )}
    </section>
  );
}
