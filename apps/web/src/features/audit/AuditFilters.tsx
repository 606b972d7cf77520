import { AUDIT_ACTIONS } from '@veraz/contracts';
import { useState, type FormEvent } from 'react';

export interface AuditFilterValues {
  action: string;
  person: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = { action: '', person: '', from: '', to: '' };

// Sorted by what people read, not by code.
const ACTIONS = Object.entries(AUDIT_ACTIONS).sort(([, a], [, b]) => a.localeCompare(b, 'es'));

/** The query string the API takes for these filters (empty ones left out). */
export function filterQuery(f: AuditFilterValues): string {
  const params = new URLSearchParams();
  if (f.action) params.set('action', f.action);
  if (f.person.trim()) params.set('person', f.person.trim());
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  const text = params.toString();
  return text ? `&${text}` : '';
}

export function hasFilters(f: AuditFilterValues): boolean {
  return filterQuery(f) !== '';
}

/** Narrow the bitácora by action, by the name of who acted and by dates (days in Mexico City, both included). */
export function AuditFilters({ value, onApply }: { value: AuditFilterValues; onApply: (f: AuditFilterValues) => void }) {
  const [draft, setDraft] = useState(value);
  const set = (key: keyof AuditFilterValues) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  function submit(e: FormEvent) {
    e.preventDefault();
    onApply(draft);
  }

  return (
    <form role="search" aria-label="Filtrar la bitácora" className="audit-filters" onSubmit={submit}>
      <div className="field">
        <label htmlFor="bitacora-accion">Acción</label>
        <select id="bitacora-accion" className="input" value={draft.action} onChange={set('action')}>
          <option value="">Todas las acciones</option>
          {ACTIONS.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="bitacora-persona">Persona</label>
        <input id="bitacora-persona" className="input" type="search" maxLength={100} value={draft.person} onChange={set('person')} aria-describedby="bitacora-persona-ayuda" />
        <p id="bitacora-persona-ayuda" className="hint">
          Parte del nombre de quien realizó la acción.
        </p>
      </div>
      <div className="field">
        <label htmlFor="bitacora-desde">Desde</label>
        <input id="bitacora-desde" className="input" type="date" value={draft.from} max={draft.to || undefined} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor="bitacora-hasta">Hasta</label>
        <input id="bitacora-hasta" className="input" type="date" value={draft.to} min={draft.from || undefined} onChange={set('to')} />
      </div>
      <div className="audit-filter-actions">
        <button type="submit" className="button">
          Filtrar
        </button>
        {hasFilters(value) && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDraft(NO_FILTERS);
              onApply(NO_FILTERS);
            }}
          >
            Quitar filtros
          </button>
        )}
      </div>
    </form>
  );
}
