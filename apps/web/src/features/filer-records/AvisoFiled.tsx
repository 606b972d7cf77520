import type { AvisoView } from '@veraz/contracts';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { Notice } from '../../components/Notice';
import { saveFile } from '../../components/saveFile';
import { formatMexicoDateTime } from '../declarations/labels';
import { avisosApi } from './paths';

/** Downloads an aviso's sealed acuse (the stored bytes /verificar recognises). */
export function useAvisoAcuseDownload() {
  const client = useApi();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function download(aviso: Pick<AvisoView, 'id' | 'folio'>) {
    setError(null);
    try {
      const file = await client.download(avisosApi.acuse(aviso.id));
      const name = file.filename ?? `acuse-${aviso.folio}.pdf`;
      saveFile(file.blob, name);
      setStatus(`Descarga lista: ${name}.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return { download, status, error };
}

/** The confirmation after filing: folio, time, SHA-256 and the acuse. */
export function AvisoFiled({ aviso }: { aviso: AvisoView }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const acuse = useAvisoAcuseDownload();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="aviso-presentado" className="declarations-section">
      <h2 id="aviso-presentado" ref={heading} tabIndex={-1}>
        Aviso presentado
      </h2>
      <p>Recibimos tu aviso. También te enviamos el acuse sellado por correo.</p>
      <dl className="filing-facts">
        <dt>Folio</dt>
        <dd>{aviso.folio}</dd>
        <dt>Fecha y hora de presentación</dt>
        <dd>{formatMexicoDateTime(aviso.presentadoEn)}</dd>
        <dt>Nuevo encargo</dt>
        <dd>
          {aviso.datos.encargoNuevo.empleoCargoComision}, {aviso.datos.encargoNuevo.nombreEntePublico}
        </dd>
        <dt>Huella digital (SHA-256)</dt>
        <dd className="hash">{aviso.sha256}</dd>
      </dl>
      <button type="button" className="button" onClick={() => acuse.download(aviso)}>
        Descargar acuse
      </button>
      <Notice>{acuse.status}</Notice>
      {acuse.error && (
        <p className="error-message" role="alert">
          {acuse.error}
        </p>
      )}
    </section>
  );
}
