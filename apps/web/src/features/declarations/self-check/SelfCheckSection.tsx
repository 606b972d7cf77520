import type { DeclarationView, SelfCheckHint, SelfCheckView } from '@veraz/contracts';
import { placeOf, type FormLabelsData } from '@veraz/standards/form';
import { Link } from 'react-router';
import '../../../styles/integrity.css';
import { useApi } from '../../../app/session';
import { useResource } from '../../../components/useResource';
import { linkedFieldName, sectionFieldLink } from '../form/linkedField';
import { useFormLabels } from '../useFormLabels';

/** The lists at the top of a section, from the form's labels ('bienesInmuebles.bienInmueble' → bienInmueble). */
function listKeysOf(labels: FormLabelsData | null, section: string): string[] {
  if (!labels) return [];
  return Object.keys(labels.elementos)
    .filter((key) => key.startsWith(`${section}.`) && key.split('.').length === 2)
    .map((key) => key.slice(section.length + 1));
}

/**
 * «Revisión de consistencia» on the review page: data-quality and consistency hints about the filer's
 * own draft (GET /api/declarations/:id/self-check), worded as help, each with a link to the field and to
 * the section's aclaraciones. Never blocking: if it cannot load, the page goes on without it.
 */
export function SelfCheckSection({ declaration }: { declaration: DeclarationView }) {
  const client = useApi();
  const labels = useFormLabels();
  const check = useResource(
    (signal) => client.get<SelfCheckView>(`/api/declarations/${encodeURIComponent(declaration.id)}/self-check`, signal),
    [client, declaration.id],
  );

  return (
    <section aria-labelledby="revision-consistencia" className="review-block">
      <h2 id="revision-consistencia">Revisión de consistencia</h2>
      {check.loading && !check.data && <p className="muted">Revisando la consistencia de tus datos…</p>}
      {check.error && <p className="muted">Esta vez no pudimos revisar la consistencia de tus datos. Puedes firmar de todos modos.</p>}
      {check.data &&
        (check.data.hints.length === 0 ? (
          <p>No encontramos inconsistencias en tus datos.</p>
        ) : (
          <>
            <p>
              Revisamos que tus datos sean coherentes entre sí y con tu declaración anterior. Estos avisos son solo una ayuda: revisa cada
              dato y, si es correcto, puedes explicarlo en las aclaraciones de la sección. <strong>Puedes firmar aunque haya avisos.</strong>
            </p>
            <ul className="self-check-hints">
              {check.data.hints.map((hint, index) => (
                <HintItem key={`${hint.code}-${index}`} id={`consistencia-${index}`} hint={hint} declaration={declaration} labels={labels} />
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

function HintItem({ id, hint, declaration, labels }: { id: string; hint: SelfCheckHint; declaration: DeclarationView; labels: FormLabelsData | null }) {
  const section = declaration.sections.find((s) => s.name === hint.section);
  const name = linkedFieldName(listKeysOf(labels, hint.section), hint.section, hint.item, hint.field);
  const place = section && labels && name ? placeOf(labels, hint.section, name, declaration.tipo) : '';
  return (
    <li>
      <p id={id}>{hint.message}</p>
      {section && (
        <p className="inline-row">
          <Link to={sectionFieldLink(declaration.id, section.name, hint.item, hint.field)} aria-describedby={id}>
            {place ? `Revisar ${section.label} › ${place}` : `Revisar ${section.label}`}
          </Link>
          <Link to={sectionFieldLink(declaration.id, section.name, null, 'aclaracionesObservaciones')} aria-describedby={id}>
            Escribir una aclaración en {section.label}
          </Link>
        </p>
      )}
    </li>
  );
}
