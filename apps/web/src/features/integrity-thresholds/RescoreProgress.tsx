import { RESCORE_STATE_LABELS, type RescoreRunView } from '@veraz/contracts';
import { useEffect, useState } from 'react';
import { useApi } from '../../app/session';
import { ProgressBar } from '../declarations/ProgressBar';

/** How often the page asks for the re-score's progress while it runs. */
export const RESCORE_POLL_MS = 1000;
const count = new Intl.NumberFormat('es-MX');

export const isRunning = (run: RescoreRunView | null) => run !== null && (run.state === 'PENDIENTE' || run.state === 'EN_CURSO');

/**
 * Follows a re-score run: polls GET /api/integrity/rescore while it waits or runs, and stops once it
 * ends. A failed poll is retried a little later; the page never depends on it.
 */
export function useRescore(initial: RescoreRunView | null) {
  const client = useApi();
  const [run, setRun] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  // A new run from the page (loaded, or started by a save) replaces the polled one in this same render:
  // an effect would paint the page once without its progress bar.
  const [source, setSource] = useState(initial);
  if (source !== initial) {
    setSource(initial);
    setRun(initial);
  }

  useEffect(() => {
    if (!isRunning(run)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      client.get<RescoreRunView | null>('/api/integrity/rescore', controller.signal).then(
        (next) => {
          setFailed(false);
          setRun(next);
          setAttempt((n) => n + 1);
        },
        () => {
          if (controller.signal.aborted) return;
          setFailed(true);
          setAttempt((n) => n + 1);
        },
      );
    }, failed ? RESCORE_POLL_MS * 5 : RESCORE_POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [run, attempt, client]);

  return { run, failed };
}

/** The re-score after a threshold change: done of total, with its state. */
export function RescoreProgress({ run, failed }: { run: RescoreRunView; failed: boolean }) {
  const percent = run.total > 0 ? (run.done / run.total) * 100 : run.state === 'TERMINADA' ? 100 : 0;
  const label = `Recálculo de puntajes con la versión ${run.thresholdVersion}: ${count.format(run.done)} de ${count.format(run.total)} declaraciones · ${RESCORE_STATE_LABELS[run.state]}`;
  return (
    <div className="rescore" data-testid="recalculo">
      <ProgressBar value={percent} label={label} />
      {run.state === 'TERMINADA' && <p>Todas las declaraciones tienen ya su puntaje con la versión {run.thresholdVersion}.</p>}
      {isRunning(run) && <p className="hint">Puedes seguir trabajando: el recálculo continúa aunque salgas de esta página.</p>}
      {run.state === 'FALLIDA' && (
        <p className="error-message">El recálculo se interrumpió. Los puntajes ya calculados se conservan; avisa a la persona operadora de la plataforma para reanudarlo.</p>
      )}
      {failed && <p className="hint">No se pudo consultar el avance; lo intentaremos de nuevo en unos segundos.</p>}
    </div>
  );
}
