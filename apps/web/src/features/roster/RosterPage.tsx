import { EMPLOYMENT_LEVEL_LABELS, ROSTER_COLUMNS, ROSTER_STATUS_LABELS, ROSTER_STATUSES, type Page, type RosterPersonView, type RosterStatus } from '@veraz/contracts';
import { useState } from 'react';
import { useApi, useSession } from '../../app/session';
import { canAccess } from '../../app/navigation';
import { usePageTitle } from '../../app/usePageTitle';
import { formatCalendarDate } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { useResource } from '../../components/useResource';
import { RosterEditForm } from './RosterEditForm';
import { RosterImport } from './RosterImport';

const LIMIT = 50;

/** «Padrón»: the institution's obligated officials, imported from CSV and edited one by one. */
export default function RosterPage() {
  usePageTitle('Padrón');
  const client = useApi();
  const { session } = useSession();
  const isAdmin = canAccess(session, 'admin');
  const [offset, setOffset] = useState(0);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [areaInput, setAreaInput] = useState('');
  const [area, setArea] = useState('');
  const [estado, setEstado] = useState<RosterStatus | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const people = useResource((signal) => {
    const params = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
    if (search) params.set('q', search);
    if (estado) params.set('estado', estado);
    if (area) params.set('area', area);
    return client.get<Page<RosterPersonView>>(`/api/roster?${params}`, signal);
  }, [client, offset, search, estado, area]);

  return (
    <>
      <h1>Padrón</h1>
      <p>Las personas servidoras públicas obligadas a declarar en tu institución. Solo quien está en el padrón puede unirse como declarante (se compara su CURP).</p>
      {isAdmin && (
        <section className="card" aria-labelledby="importar-padron">
          <h2 id="importar-padron">Importar desde CSV</h2>
          <details>
            <summary>Formato del archivo</summary>
            <p>
              UTF-8 o Windows-1252 (como lo guarda Excel), separado por comas o por punto y coma, con los nombres de las columnas en la primera línea:{' '}
              <code>{ROSTER_COLUMNS.join(', ')}</code>. Son obligatorias curp, nombres, primer_apellido, fecha_alta y motivo.
            </p>
            <ul>
              <li>motivo: alta, baja, cambio, licencia o reingreso. Fechas AAAA-MM-DD o DD/MM/AAAA.</li>
              <li>nivel: «completa» (jefe de departamento o superior) o «simplificada» (inferior a jefe de departamento).</li>
              <li>Una fila con correo recibe su invitación automáticamente. Las celdas opcionales vacías conservan lo que ya tiene el padrón.</li>
            </ul>
          </details>
          <RosterImport onApplied={people.reload} />
        </section>
      )}
      <section aria-labelledby="personas-padron">
        <h2 id="personas-padron">Personas</h2>
        <form
          className="inline-row"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setOffset(0);
            setSearch(q.trim());
            setArea(areaInput.trim());
          }}
        >
          <div className="field">
            <label htmlFor="padron-buscar">Nombre o CURP</label>
            <input id="padron-buscar" className="input" value={q} onChange={(e) => setQ(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="padron-area">Área de adscripción</label>
            <input id="padron-area" className="input" value={areaInput} onChange={(e) => setAreaInput(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="padron-estado">Estado</label>
            <select id="padron-estado" className="input" value={estado} onChange={(e) => (setOffset(0), setEstado(e.target.value as RosterStatus | ''))}>
              <option value="">Todos</option>
              {ROSTER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ROSTER_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            Buscar
          </button>
        </form>
        <Notice>{notice}</Notice>
        {people.loading && !people.data && <Loading label="Cargando el padrón…" />}
        {people.error && <LoadError message={people.error} onRetry={people.reload} />}
        {people.data && people.data.items.length === 0 && <p>No hay personas en el padrón con esos filtros.</p>}
        {people.data && people.data.items.length > 0 && (
          <div className="table-wrap">
            <table className="table responsive-table">
              <caption className="visually-hidden">Personas del padrón</caption>
              <thead>
                <tr>
                  <th scope="col">Persona</th>
                  <th scope="col">Estado</th>
                  <th scope="col">Área y puesto</th>
                  <th scope="col">Nivel</th>
                  <th scope="col">Alta</th>
                  <th scope="col">Baja</th>
                  {isAdmin && <th scope="col">Acciones</th>}
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" data-label="Persona">
                      {[p.nombres, p.primerApellido, p.segundoApellido].filter(Boolean).join(' ')}
                      <span className="hint"> · {p.curp}</span>
                      {p.joined && <span className="hint"> · con cuenta</span>}
                    </th>
                    <td data-label="Estado">
                      <span className={`status status-${p.status.toLowerCase()}`}>{ROSTER_STATUS_LABELS[p.status]}</span>
                    </td>
                    <td data-label="Área y puesto">{[p.area, p.puesto].filter(Boolean).join(' · ') || '—'}</td>
                    <td data-label="Nivel">{p.nivel ? EMPLOYMENT_LEVEL_LABELS[p.nivel] : 'Sin registrar'}</td>
                    <td data-label="Alta">{formatCalendarDate(p.fechaAlta)}</td>
                    <td data-label="Baja">{p.fechaBaja ? formatCalendarDate(p.fechaBaja) : '—'}</td>
                    {isAdmin && (
                      <td data-label="Acciones">
                        {editing === p.id ? (
                          <RosterEditForm
                            person={p}
                            onCancel={() => setEditing(null)}
                            onSaved={(saved) => {
                              setEditing(null);
                              setNotice(`Se guardó el cambio de ${saved.nombres} ${saved.primerApellido}.`);
                              people.reload();
                            }}
                          />
                        ) : (
                          <button type="button" className="button button-small button-secondary" onClick={() => setEditing(p.id)}>
                            Editar<span className="visually-hidden"> a {p.nombres} {p.primerApellido}</span>
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {people.data && <Pager label="Páginas del padrón" offset={offset} limit={LIMIT} total={people.data.total} onChange={setOffset} />}
      </section>
    </>
  );
}
