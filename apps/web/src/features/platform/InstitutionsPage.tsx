import type { PlatformInstitution } from '@veraz/contracts';
import { useState } from 'react';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useResource } from '../../components/useResource';
import { CreateInstitutionForm } from './CreateInstitutionForm';
import { InstitutionItem } from './InstitutionItem';

export default function InstitutionsPage() {
  usePageTitle('Instituciones');
  const client = useApi();
  const [notice, setNotice] = useState<string | null>(null);
  const institutions = useResource((signal) => client.get<PlatformInstitution[]>('/api/platform/institutions', signal), [client]);

  function handleChanged(institution: PlatformInstitution) {
    institutions.setData((list) => list.map((i) => (i.id === institution.id ? institution : i)));
    setNotice(`Se guardó el ente público de «${institution.name}».`);
  }

  function handleCreated(institution: PlatformInstitution) {
    institutions.setData((list) => [...list, institution]);
    setNotice(`Se dio de alta la institución «${institution.name}». Ahora invita a su primera persona administradora.`);
  }

  return (
    <>
      <h1>Instituciones</h1>
      <section className="card" aria-labelledby="nueva-institucion">
        <h2 id="nueva-institucion">Dar de alta una institución</h2>
        <CreateInstitutionForm onCreated={handleCreated} />
      </section>
      <section aria-labelledby="lista-instituciones">
        <h2 id="lista-instituciones">Instituciones registradas</h2>
        <Notice>{notice}</Notice>
        {institutions.loading && !institutions.data && <Loading label="Cargando instituciones…" />}
        {institutions.error && <LoadError message={institutions.error} onRetry={institutions.reload} />}
        {institutions.data &&
          (institutions.data.length === 0 ? (
            <p>Todavía no hay instituciones.</p>
          ) : (
            <ul className="institution-list">
              {institutions.data.map((institution) => (
                <InstitutionItem key={institution.id} institution={institution} onChanged={handleChanged} />
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}
