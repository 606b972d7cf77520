import { useState } from 'react';

/** Copies a value to the clipboard and says so (the value itself is never announced). */
export function CopyButton({ value, what }: { value: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button type="button" className="button button-small button-secondary" onClick={copy} aria-label={`Copiar ${what}`}>
        Copiar
      </button>
      <span role="status" className="hint">
        {state === 'copied' ? `${what} copiado` : state === 'failed' ? 'No se pudo copiar: selecciona el texto y cópialo' : ''}
      </span>
    </>
  );
}
