import type { SigningTextView } from '@veraz/contracts';
import { useEffect, useState } from 'react';
import { useApi } from '../../../app/session';

/**
 * The institution's own legal text (set by its admins on «Configuración»), shown under the protest
 * of truth. Signing never waits for it: if it cannot be loaded, the dialog works without it.
 */
export function SigningLegalText({ id }: { id: string }) {
  const client = useApi();
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    client.get<SigningTextView>('/api/institution/signing-text', controller.signal).then(
      (view) => setText(view?.signingLegalText ?? null),
      () => setText(null),
    );
    return () => controller.abort();
  }, [client]);

  if (!text) return null;
  return (
    <div id={id} className="protesta signing-legal-text" data-testid="texto-legal-firma">
      <h3>Aviso de tu institución</h3>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
