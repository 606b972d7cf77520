import type { ThresholdVersionView } from '@veraz/contracts';
import { formatDateTime } from '../../components/format';

/** Every version of the thresholds, newest first: who saved it and when. */
export function VersionHistory({ history, current }: { history: ThresholdVersionView[]; current: number }) {
  const versions = [...history].sort((a, b) => b.version - a.version);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Versiones de los umbrales, de la más reciente a la más antigua</caption>
        <thead>
          <tr>
            <th scope="col">Versión</th>
            <th scope="col">Fecha</th>
            <th scope="col">Quién la guardó</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">
                {v.version}
                {v.version === current && <> <span className="badge">Vigente</span></>}
              </th>
              <td>{formatDateTime(v.createdAt)}</td>
              <td>{v.createdBy ? v.createdBy.nombreCompleto : 'Veraz (valores iniciales)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
