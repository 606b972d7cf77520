import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { declarationPaths, useDeclaration } from './DeclarationContext';
import { isSectionDone, STATUS_LABELS } from './labels';
import { pendingLine } from './pendingPaths';
import { ReviewChanges } from './ReviewChanges';
import { SelfCheckSection } from './self-check/SelfCheckSection';
import { useFormLabels } from './useFormLabels';
import { SignDialog } from './SignDialog';
import { ReviewConstancia } from '../filer-records/ReviewConstancia';

interface Preview {
  url: string;
  filename: string;
}

/** /declaraciones/:id/revision — what is still missing, the watermarked preview, and signing. */
export default function ReviewPage() {
  usePageTitle('Revisar y firmar');
  const { declaration } = useDeclaration();
  const missing = declaration.sections.filter((s) => !isSectionDone(s.status));
  const labels = useFormLabels();
  const [signing, setSigning] = useState(false);
  const signButton = useRef<HTMLButtonElement>(null);

  function closeDialog() {
    setSigning(false);
    // Back to where the person was, as a closed dialog should.
    requestAnimationFrame(() => signButton.current?.focus());
  }

  return (
    <>
      <h1>Revisar y firmar</h1>

      <section aria-labelledby="revision-pendientes" className="review-block">
        <h2 id="revision-pendientes">Secciones por completar</h2>
        {missing.length === 0 ? (
          <p className="all-done">Todas las secciones están completas. Revisa la vista preliminar y, si todo está bien, firma tu declaración.</p>
        ) : (
          <>
            <p>
              {missing.length === 1 ? 'Falta completar 1 sección' : `Faltan completar ${missing.length} secciones`} antes de firmar:
            </p>
            <ul className="missing-sections">
              {missing.map((section) => (
                <li key={section.name}>
                  <Link to={declarationPaths.section(declaration.id, section.name)}>{section.label}</Link>{' '}
                  <span className="muted">({STATUS_LABELS[section.status]})</span>
                  {section.status === 'vacía' ? (
                    <p className="missing-detail">Aún no has guardado esta sección. Si no tienes nada que declarar en ella, indícalo ahí.</p>
                  ) : section.pending.length > 0 ? (
                    <ul className="missing-detail">
                      {section.pending.map((problem, index) => (
                        <li key={`${problem.path}-${index}`}>{pendingLine(problem.path, problem.message, section.name, labels, declaration.tipo)}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <SelfCheckSection declaration={declaration} />

      <ReviewChanges />

      <PreviewBlock declarationId={declaration.id} />

      <ReviewConstancia declaration={declaration} />

      <section aria-labelledby="revision-firma" className="review-block">
        <h2 id="revision-firma">Firma</h2>
        <p>Después de firmar no podrás modificarla; solo podrás presentar una nota aclaratoria.</p>
        {missing.length > 0 && (
          <p id="firma-bloqueada" className="blocked-note">
            Podrás firmar cuando completes las secciones que faltan.
          </p>
        )}
        <button
          ref={signButton}
          type="button"
          className="button"
          disabled={missing.length > 0}
          aria-describedby={missing.length > 0 ? 'firma-bloqueada' : undefined}
          onClick={() => setSigning(true)}
        >
          Firmar y presentar
        </button>
      </section>

      {signing && <SignDialog declaration={declaration} onClose={closeDialog} />}
    </>
  );
}

function PreviewBlock({ declarationId }: { declarationId: string }) {
  const client = useApi();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  // The object URL lives as long as the page offers the link.
  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview.url);
  }, [preview]);

  async function open() {
    setBusy(true);
    setError(null);
    setStatus('Generando la vista preliminar…');
    try {
      const file = await client.download(`/api/declarations/${encodeURIComponent(declarationId)}/preview.pdf`);
      const url = URL.createObjectURL(file.blob);
      setPreview({ url, filename: file.filename ?? 'vista-preliminar.pdf' });
      // The CSP does not allow framing a blob, so the PDF opens in its own tab.
      const opened = window.open(url, '_blank');
      setStatus(
        opened
          ? 'La vista preliminar se abrió en una pestaña nueva. También puedes descargarla.'
          : 'Tu navegador no abrió una pestaña nueva. Descarga la vista preliminar con el enlace.',
      );
    } catch (err) {
      setStatus('');
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="revision-vista" className="review-block">
      <h2 id="revision-vista">Vista preliminar</h2>
      <p>
        Muestra tu declaración como quedará al presentarla, con lo que has guardado y la marca «VERSIÓN PRELIMINAR». No tiene
        folio ni validez oficial.
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={open} disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Generando…' : 'Ver vista preliminar (PDF)'}
        </button>
        {preview && (
          <a href={preview.url} download={preview.filename}>
            Descargar vista preliminar (PDF)
          </a>
        )}
      </div>
      <div role="status" className="status-line">
        {status}
      </div>
      {error && (
        <div className="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
    </section>
  );
}
