import type { S1ClientCreated } from '@veraz/contracts';
import { useEffect, useRef } from 'react';
import { CopyButton } from './CopyButton';

const FIELDS: Array<{ key: keyof S1ClientCreated; label: string }> = [
  { key: 'token_url', label: 'token_url' },
  { key: 'url', label: 'url' },
  { key: 'client_id', label: 'client_id' },
  { key: 'client_secret', label: 'client_secret' },
  { key: 'username', label: 'username' },
  { key: 'password', label: 'password' },
];

/** The only time the secrets are on screen: the admin copies them into the PDN's provider record. */
export function CreatedCredential({ credential, onDismiss }: { credential: S1ClientCreated; onDismiss: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <section ref={ref} tabIndex={-1} className="card notice notice-warning" aria-labelledby="credencial-nueva" data-testid="credencial-nueva">
      <h2 id="credencial-nueva">Credencial «{credential.label}» creada</h2>
      <p>
        <strong>Copia estos datos ahora: el client_secret y el password no se volverán a mostrar.</strong> Veraz solo guarda una huella
        de ellos. Regístralos en la Plataforma Digital Nacional; si los pierdes, revoca esta credencial y crea otra.
      </p>
      <dl className="summary-list">
        {FIELDS.map(({ key, label }) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd className="secret-value">
              <code className="mono">{credential[key]}</code>
              <CopyButton value={credential[key]} what={label} />
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onDismiss}>
        Ya los copié
      </button>
    </section>
  );
}
