import { useId, useRef, useState } from 'react';
import { Notice } from './Notice';

/** Shows a link in a read-only box with a button that copies it to the clipboard. */
export function CopyLink({ label, link }: { label: string; link: string }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string>('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Enlace copiado.');
    } catch {
      inputRef.current?.select();
      setStatus('No se pudo copiar automáticamente. El enlace quedó seleccionado: cópialo con Ctrl+C (o ⌘+C).');
    }
  }

  return (
    <div className="copy-link">
      <label htmlFor={id}>{label}</label>
      <div className="copy-link-row">
        <input id={id} ref={inputRef} className="input" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button-secondary" onClick={copy}>
          Copiar enlace
        </button>
      </div>
      <Notice tone="info">{status}</Notice>
    </div>
  );
}
