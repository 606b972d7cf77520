import type { FilerObligationsView } from '@veraz/contracts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useResource } from '../../components/useResource';
import { obligationCards } from './obligations';
import '../../styles/declarations.css';

/**
 * The filer's missed and pending obligations in the current institution, as the roster and their
 * filings say (GET /api/declarations/obligations), with due dates and where to start each one.
 */
export function FilerObligations({ headingId, title = 'Pendientes' }: { headingId: string; title?: string }) {
  const client = useApi();
  const resource = useResource((signal) => client.get<FilerObligationsView>('/api/declarations/obligations', signal), [client]);
  const cards = useMemo(() => (resource.data ? obligationCards(resource.data) : []), [resource.data]);

  return (
    <section aria-labelledby={headingId} className="declarations-section">
      <h2 id={headingId}>{title}</h2>
      {resource.loading && !resource.data && <Loading label="Cargando tus obligaciones…" />}
      {resource.error && <LoadError message={resource.error} onRetry={resource.reload} />}
      {resource.data && !resource.data.onRoster && (
        <p>
          Tu institución todavía no te registra en su padrón de servidores públicos, así que aún no podemos calcular tus plazos. Si te toca
          presentar una declaración, puedes iniciarla desde «Nueva declaración».
        </p>
      )}
      {resource.data?.onRoster && cards.length === 0 && <p>No tienes declaraciones pendientes ni omisas.</p>}
      {cards.length > 0 && (
        <ul className="declaration-cards">
          {cards.map((card) => (
            <li key={card.id} className={`declaration-card declaration-card-pending${card.missed ? ' declaration-card-missed' : ''}`}>
              <h3>{card.title}</h3>
              <p className="declaration-meta">
                <span className={card.missed ? 'badge badge-danger' : 'badge'}>{card.stateLabel}</span>
                <span>{card.dueText}</span>
              </p>
              <p className="muted">{card.basis}</p>
              <Link to={card.startPath} className="button button-link">
                {card.actionLabel}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
