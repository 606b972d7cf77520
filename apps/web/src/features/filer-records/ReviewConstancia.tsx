import type { DeclarationView } from '@veraz/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '../../components/Notice';
import { ConstanciaUploadForm } from './ConstanciaUploadForm';
import { filerRecordPaths } from './paths';

/**
 * On a MODIFICACIÓN's review page: attach the SAT's acuse of the annual return for the year it
 * reports (LGRA art. 32). Interest-only updates report no year and show nothing.
 */
export function ReviewConstancia({ declaration }: { declaration: DeclarationView }) {
  const [notice, setNotice] = useState('');
  if (declaration.tipo !== 'MODIFICACIÓN' || declaration.actualizacionConflictoInteres || !declaration.anioReportado) return null;
  return (
    <section aria-labelledby="revision-constancia" className="review-block">
      <h2 id="revision-constancia">Constancia de tu declaración fiscal {declaration.anioReportado}</h2>
      <p>
        Adjunta aquí el acuse del SAT de tu declaración anual del mismo año; se guarda en privado y nunca se publica. También puedes hacerlo después en{' '}
        <Link to={filerRecordPaths.constancias()}>Constancias de la declaración fiscal</Link>.
      </p>
      <Notice>{notice}</Notice>
      <ConstanciaUploadForm
        formId="revision-constancia-form"
        defaultYear={declaration.anioReportado}
        declarationId={declaration.id}
        onUploaded={(c) => setNotice(`Guardamos tu constancia del ejercicio ${c.anioFiscal} (${c.nombreArchivo}).`)}
      />
    </section>
  );
}
