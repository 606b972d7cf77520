import type { FilingView } from '@veraz/contracts';
import { useEffect, useRef, useState } from 'react';
import { ApiRequestError, errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { saveFile } from '../../components/saveFile';
import { DownloadFeedback } from '../../components/useDownload';

export type DocumentKind = 'acuse' | 'completa' | 'publica';

const DOCUMENTS: Array<{ kind: DocumentKind; button: string; preparing: string; gaveUp: string }> = [
  {
    kind: 'acuse',
    button: 'Descargar acuse',
    preparing: 'Estamos generando el acuse…',
    gaveUp: 'El acuse todavía se está generando. Inténtalo de nuevo en unos minutos.',
  },
  {
    kind: 'completa',
    button: 'Descargar declaración completa',
    preparing: 'Estamos generando la declaración completa…',
    gaveUp: 'La declaración completa todavía se está generando. Inténtalo de nuevo en unos minutos.',
  },
  {
    kind: 'publica',
    button: 'Descargar versión pública',
    preparing: 'Estamos generando la versión pública…',
    gaveUp: 'La versión pública todavía se está generando. Inténtalo de nuevo en unos minutos.',
  },
];

/** How long a download waits for the worker to render a document before giving up. */
export const DOCUMENT_WAIT_LIMIT_MS = 60_000;
const DEFAULT_RETRY_SECONDS = 5;

type DownloadState = { kind: DocumentKind; phase: 'downloading' | 'waiting' } | null;

/** The filing's three PDFs; a document still being rendered by the worker is waited for, as the server asks. */
export function Downloads({ filing, own }: { filing: FilingView; own: boolean }) {
  const client = useApi();
  const [active, setActive] = useState<DownloadState>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  async function download(kind: DocumentKind) {
    const doc = DOCUMENTS.find((d) => d.kind === kind)!;
    controller.current?.abort();
    const ctrl = new AbortController();
    controller.current = ctrl;
    setError(null);
    setStatus('');
    setActive({ kind, phase: 'downloading' });
    // Counts the time spent waiting as the server asked, so the limit does not depend on request times.
    let waited = 0;
    try {
      for (;;) {
        try {
          const file = await client.download(`/api/filings/${encodeURIComponent(filing.id)}/documents/${kind}`, ctrl.signal);
          saveFile(file.blob, file.filename ?? defaultFilename(kind, filing.folio));
          setStatus(`Descarga lista: ${file.filename ?? defaultFilename(kind, filing.folio)}.`);
          return;
        } catch (err) {
          if (!(err instanceof ApiRequestError) || err.code !== 'DOCUMENTO_EN_PREPARACION') throw err;
          const waitMs = Math.max(1, err.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS) * 1000;
          if (waited + waitMs > DOCUMENT_WAIT_LIMIT_MS) {
            setStatus('');
            setError(own && kind === 'acuse' ? `${doc.gaveUp} También te llegará por correo.` : doc.gaveUp);
            return;
          }
          setActive({ kind, phase: 'waiting' });
          setStatus(doc.preparing);
          await sleep(waitMs, ctrl.signal);
          waited += waitMs;
        }
      }
    } catch (err) {
      if (ctrl.signal.aborted) return;
      setStatus('');
      setError(errorMessage(err));
    } finally {
      if (controller.current === ctrl) {
        controller.current = null;
        if (!ctrl.signal.aborted) setActive(null);
      }
    }
  }

  return (
    <section aria-labelledby="documentos-titulo" className="filing-block">
      <h2 id="documentos-titulo">Documentos</h2>
      <div className="button-row">
        {DOCUMENTS.map((doc) => {
          const mine = active?.kind === doc.kind;
          return (
            <button key={doc.kind} type="button" className="button button-secondary" onClick={() => download(doc.kind)} disabled={active !== null} aria-busy={mine || undefined}>
              {mine ? (active.phase === 'waiting' ? 'Generando…' : 'Descargando…') : doc.button}
            </button>
          );
        })}
      </div>
      <DownloadFeedback message={status} error={error} />
    </section>
  );
}

function defaultFilename(kind: DocumentKind, folio: string): string {
  const safe = folio.replace(/[^A-Za-z0-9-]/g, '_');
  return kind === 'acuse' ? `acuse-${safe}.pdf` : `declaracion-${kind}-${safe}.pdf`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
