import type { FxRateView } from '@veraz/contracts';
import { useState } from 'react';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useResource } from '../../components/useResource';
import { FxImportForm } from './FxImportForm';
import { FxRatesTable } from './FxRatesTable';

const SIE_URL = 'https://www.banxico.org.mx/SieInternet/';

/** /plataforma/tipos-de-cambio — the yearly rates the risk rules convert other currencies with. */
export default function FxRatesPage() {
  usePageTitle('Tipos de cambio');
  const client = useApi();
  const rates = useResource((signal) => client.get<FxRateView[]>('/api/platform/fx-rates', signal), [client]);
  const [imported, setImported] = useState<FxRateView[] | null>(null);

  function done(rows: FxRateView[]) {
    setImported(rows);
    rates.reload();
  }

  return (
    <>
      <h1>Tipos de cambio</h1>
      <p>
        Las señales de riesgo convierten a pesos los montos declarados en otras monedas con un tipo de cambio por año: el promedio de los
        valores diarios publicados ese año. Veraz no incluye tipos de cambio: solo usa los que importa aquí la persona operadora desde la
        fuente oficial, para que cada conversión pueda citarse. Si falta el de un año, la señal lo dice en su explicación y no lo adivina.
      </p>
      <section className="card" aria-labelledby="tc-importar">
        <h2 id="tc-importar">Importar la serie del FIX</h2>
        <ol>
          <li>
            Abre el{' '}
            <a href={SIE_URL} target="_blank" rel="noreferrer">
              Sistema de Información Económica (SIE) de Banco de México
            </a>{' '}
            y busca la serie <strong>SF43718</strong>: tipo de cambio pesos por dólar E.U.A. para solventar obligaciones en moneda extranjera
            (FIX), fecha de determinación.
          </li>
          <li>Elige el periodo (los años de las declaraciones) y descarga la serie en formato CSV.</li>
          <li>Sube aquí el archivo tal como lo descargaste. Volver a importar un año reemplaza su tipo de cambio.</li>
        </ol>
        {/* What was imported, in one line: the rows themselves are in the table of loaded rates below. */}
        <Notice>{imported && importedText(imported)}</Notice>
        <FxImportForm onImported={done} />
      </section>
      <section className="card" aria-labelledby="tc-cargados">
        <h2 id="tc-cargados">Tipos de cambio cargados</h2>
        {rates.loading && !rates.data && <Loading label="Cargando tipos de cambio…" />}
        {rates.error && <LoadError message={rates.error} onRetry={rates.reload} />}
        {rates.data &&
          (rates.data.length === 0 ? (
            <p>Aún no hay tipos de cambio. Mientras no importes ninguno, los montos en otras monedas no se convierten.</p>
          ) : (
            <FxRatesTable rates={rates.data} caption="Un tipo de cambio por año y moneda, del año más reciente al más antiguo" />
          ))}
      </section>
    </>
  );
}

function importedText(rows: FxRateView[]): string {
  const count = rows.length === 1 ? 'Se importó 1 tipo de cambio anual' : `Se importaron ${rows.length} tipos de cambio anuales`;
  const byCurrency = new Map<string, number[]>();
  for (const r of rows) byCurrency.set(r.currency, [...(byCurrency.get(r.currency) ?? []), r.year]);
  const list = [...byCurrency].map(([currency, years]) => `${currency} ${years.sort((a, b) => a - b).join(', ')}`).join('; ');
  return rows.length ? `${count}: ${list}. Ya aparecen en la tabla de abajo.` : `${count}.`;
}
