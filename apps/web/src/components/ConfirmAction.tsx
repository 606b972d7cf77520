import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/errors';

export interface ConfirmActionProps {
  /** The first button's text, e.g. «Revocar». */
  label: string;
  /** What the action applies to, appended to the buttons' accessible names, e.g. « la credencial PDN». */
  subject: string;
  /** Name of the confirmation group for assistive technology. */
  groupLabel: string;
  /** The question shown beside the confirm button, saying what will happen. */
  question: string;
  confirmLabel: string;
  busyLabel: string;
  onConfirm: () => Promise<void>;
  /** Shown before the first button (e.g. the current state). */
  children?: ReactNode;
}

/** An action that cannot be undone asks for a second click; the server's error stays beside it. */
export function ConfirmAction(p: ConfirmActionProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await p.onConfirm();
      setConfirming(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="revoke">
      {!confirming ? (
        <>
          {p.children}
          <button type="button" className="button button-small button-danger" aria-label={`${p.label}${p.subject}`} onClick={() => setConfirming(true)}>
            {p.label}
          </button>
        </>
      ) : (
        <div role="group" aria-label={p.groupLabel} className="button-row">
          <span>{p.question}</span>
          <button type="button" className="button button-small button-danger" aria-label={`${p.confirmLabel}${p.subject}`} onClick={confirm} disabled={busy} autoFocus>
            {busy ? p.busyLabel : p.confirmLabel}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => setConfirming(false)} disabled={busy}>
            Cancelar
          </button>
        </div>
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
