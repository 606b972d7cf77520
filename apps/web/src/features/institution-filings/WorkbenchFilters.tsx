import {
  DECLARATION_TIPO_LABELS,
  DECLARATION_TIPOS,
  FILING_FORMAT_LABELS,
  FILING_FORMATS,
  MET_OBLIGATION_STATES,
  OBLIGATION_STATE_LABELS,
  REVIEW_STATE_LABELS,
  REVIEW_STATES,
  WORKBENCH_SORTS,
  type WorkbenchSort,
} from '@veraz/contracts';
import { useState, type FormEvent } from 'react';

/** The list's filters as they live in the address (Spanish names, so a shared link reads well). */
export const FILTER_PARAMS = ['tipo', 'anio', 'area', 'formato', 'estadoObligacion', 'estadoRevision', 'asignadoA'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
export type Filters = Partial<Record<FilterParam, string>>;

export function filtersFrom(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const key of FILTER_PARAMS) {
    const value = params.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The list's order, in the address as `orden`; newest first unless it says `riesgo`. */
export function sortFrom(params: URLSearchParams): WorkbenchSort {
  const value = params.get('orden');
  return WORKBENCH_SORTS.find((s) => s === value) ?? 'recientes';
}

export const SORT_LABELS: Record<WorkbenchSort, string> = { recientes: 'Más recientes', riesgo: 'Mayor riesgo' };

/** «Ordenar por»: applied as soon as it changes (the list reloads; the focus stays on the control). */
export function SortControl({ value, onChange }: { value: WorkbenchSort; onChange: (next: WorkbenchSort) => void }) {
  return (
    <div className="sort-control">
      <label htmlFor="orden-declaraciones">Ordenar por</label>
      <select id="orden-declaraciones" className="input" value={value} onChange={(e) => onChange(e.target.value as WorkbenchSort)}>
        {WORKBENCH_SORTS.map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

const SELECTS: Array<{ key: FilterParam; label: string; options: Array<[string, string]> }> = [
  { key: 'tipo', label: 'Tipo', options: DECLARATION_TIPOS.map((t) => [t, DECLARATION_TIPO_LABELS[t]]) },
  { key: 'formato', label: 'Formato', options: FILING_FORMATS.map((f) => [f, FILING_FORMAT_LABELS[f]]) },
  { key: 'estadoObligacion', label: 'Estado de la obligación', options: MET_OBLIGATION_STATES.map((s) => [s, OBLIGATION_STATE_LABELS[s]]) },
  { key: 'estadoRevision', label: 'Estado de la revisión', options: REVIEW_STATES.map((s) => [s, REVIEW_STATE_LABELS[s]]) },
];

/** Filters of the reviewer's list; applying them starts again from the first page. */
export function WorkbenchFilters({ filters, me, onApply }: { filters: Filters; me: string | undefined; onApply: (next: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(filters);
  const set = (key: FilterParam, value: string) => setDraft((d) => ({ ...d, [key]: value || undefined }));
  const active = Object.values(filters).some(Boolean);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form className="filter-form" onSubmit={submit} aria-label="Filtrar declaraciones">
      <fieldset>
        <legend>Filtrar</legend>
        <div className="filter-grid">
          {SELECTS.map(({ key, label, options }) => (
            <div className="field" key={key}>
              <label htmlFor={`filtro-${key}`}>{label}</label>
              <select id={`filtro-${key}`} className="input" value={draft[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
                <option value="">Todos</option>
                {options.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="field">
            <label htmlFor="filtro-anio">Año de presentación</label>
            <input id="filtro-anio" className="input" inputMode="numeric" pattern="[0-9]{4}" maxLength={4} value={draft.anio ?? ''} onChange={(e) => set('anio', e.target.value.replace(/\D/g, ''))} />
          </div>
          <div className="field">
            <label htmlFor="filtro-area">Área de adscripción (padrón)</label>
            <input id="filtro-area" className="input" maxLength={200} value={draft.area ?? ''} onChange={(e) => set('area', e.target.value)} />
          </div>
        </div>
        {me && (
          <div className="field checkbox-field">
            <input id="filtro-mias" type="checkbox" checked={draft.asignadoA === me} onChange={(e) => set('asignadoA', e.target.checked ? me : '')} />
            <label htmlFor="filtro-mias">Solo las asignadas a mí</label>
          </div>
        )}
        <div className="search-row">
          <button type="submit" className="button">
            Aplicar filtros
          </button>
          {active && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setDraft({});
                onApply({});
              }}
            >
              Quitar filtros
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
