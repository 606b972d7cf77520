import { useState } from 'react';
import { errorMessage } from '../api/errors';
import { useApi } from '../app/session';
import { saveFile } from './saveFile';

/**
 * Fetches a file that needs the session's token, hands it to the browser and says so: one place for the
 * busy state, the «Descarga lista» announcement and the server's Spanish error.
 */
export function useDownload() {
  const client = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  /** `key` tells which of several buttons is busy (defaults to the path). */
  async function download(path: string, fallbackName: string, options: { key?: string; accept?: string } = {}): Promise<void> {
    setBusy(options.key ?? path);
    setError(null);
    setMessage('');
    try {
      const file = await client.download(path, undefined, options.accept);
      const name = file.filename ?? fallbackName;
      saveFile(file.blob, name);
      setMessage(`Descarga lista: ${name}.`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return { busy, message, error, download };
}

/** The polite status line and the error of a download, where the buttons are. */
export function DownloadFeedback({ message, error }: { message: string; error: string | null }) {
  return (
    <>
      <span role="status" className="status-line">
        {message}
      </span>
      {error && (
        <div className="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
    </>
  );
}
