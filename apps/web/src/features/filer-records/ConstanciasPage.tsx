import type { TaxConstanciaStatus, TaxConstanciaView } from '@veraz/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { saveFile } from '../../components/saveFile';
import { useResource } from '../../components/useResource';
import { formatMexicoDateTime, mexicoToday } from '../declarations/labels';
import { ConstanciaUploadForm } from './ConstanciaUploadForm';
import { constanciasApi, formatSize } from './paths';
import '../../styles/declarations.css';

/** /declaraciones/constancias — the filer's SAT acuses of the annual tax return. */
export default function ConstanciasPage() {
  usePageTitle('Constancias de la declaración fiscal');
  const client = useApi();
  const status = useResource((signal) => client.get<TaxConstanciaStatus>(constanciasApi.list(), signal), [client]);
  const [notice, setNotice] = useState('');
  const lastYear = mexicoToday(new Date()).year - 1;

  return (
    <>
      <h1>Constancias de la declaración fiscal</h1>
      <p>
        Sube el acuse que te dio el SAT al presentar tu declaración anual de impuestos (Ley General de Responsabilidades Administrativas, artículo 32). Se
        guarda en privado: lo ven tú y el órgano interno de control de tu institución, y nunca se publica.
      </p>
      {status.data?.requerida && (
        <p className="notice notice-info" data-testid="constancia-requerida">
          Tu institución exige la constancia: preséntala cada año junto con tu declaración de modificación, a más tardar el 31 de mayo.
        </p>
      )}
      <Notice>{notice}</Notice>
      <section aria-labelledby="constancia-subir" className="declarations-section">
        <h2 id="constancia-subir">Subir una constancia</h2>
        <ConstanciaUploadForm
          formId="constancia"
          defaultYear={lastYear}
          onUploaded={(c) => {
            setNotice(`Guardamos tu constancia del ejercicio ${c.anioFiscal} (${c.nombreArchivo}).`);
            status.reload();
          }}
        />
      </section>
      <section aria-labelledby="constancia-lista" className="declarations-section">
        <h2 id="constancia-lista">Tus constancias</h2>
        {status.loading && !status.data && <Loading label="Cargando tus constancias…" />}
        {status.error && <LoadError message={status.error} onRetry={status.reload} />}
        {status.data && <ConstanciasTable constancias={status.data.constancias} />}
      </section>
    </>
  );
}

export function ConstanciasTable({ constancias }: { constancias: TaxConstanciaView[] }) {
  const client = useApi();
  const [error, setError] = useState<string | null>(null);
  if (constancias.length === 0) return <p>Todavía no has subido constancias.</p>;

  async function download(c: TaxConstanciaView) {
    setError(null);
    try {
      const file = await client.download(constanciasApi.file(c.id));
      saveFile(file.blob, file.filename ?? `constancia-fiscal-${c.anioFiscal}.pdf`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Constancias subidas, del ejercicio más reciente al más antiguo</caption>
          <thead>
            <tr>
              <th scope="col">Ejercicio</th>
              <th scope="col">Archivo</th>
              <th scope="col">Subida</th>
              <th scope="col">Estado</th>
              <th scope="col">
                <span className="visually-hidden">Acciones</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {constancias.map((c) => (
              <tr key={c.id}>
                <td>{c.anioFiscal}</td>
                <td>
                  {c.nombreArchivo} <span className="muted">({formatSize(c.tamano)})</span>
                </td>
                <td>{formatMexicoDateTime(c.subidaEn)}</td>
                <td>{c.vigente ? 'Vigente' : 'Reemplazada'}</td>
                <td>
                  <button type="button" className="button button-secondary" onClick={() => download(c)}>
                    Descargar
                    <span className="visually-hidden">
                      {' '}
                      la constancia {c.anioFiscal} ({c.nombreArchivo})
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
