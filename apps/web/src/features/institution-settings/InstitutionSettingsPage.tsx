import type { InstitutionSettingsView } from '@veraz/contracts';
import { useState } from 'react';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useResource } from '../../components/useResource';
import { CertificateSettings } from './CertificateSettings';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { LogoSettings } from './LogoSettings';

export default function InstitutionSettingsPage() {
  usePageTitle('Configuración de la institución');
  const client = useApi();
  const [notice, setNotice] = useState<string | null>(null);
  const settings = useResource((signal) => client.get<InstitutionSettingsView>('/api/institution/settings', signal), [client]);

  const saved = (message: string) => (updated: InstitutionSettingsView) => {
    settings.setData(() => updated);
    setNotice(message);
  };

  return (
    <>
      <h1>Configuración de la institución</h1>
      <Notice>{notice}</Notice>
      {settings.loading && !settings.data && <Loading label="Cargando configuración…" />}
      {settings.error && <LoadError message={settings.error} onRetry={settings.reload} />}
      {settings.data && (
        <>
          <section className="card" aria-labelledby="config-general">
            <h2 id="config-general">Datos generales, firma y recordatorios</h2>
            <GeneralSettingsForm settings={settings.data} onSaved={saved('Se guardó la configuración.')} />
          </section>
          <section className="card" aria-labelledby="config-logotipo">
            <h2 id="config-logotipo">Logotipo de los acuses</h2>
            <LogoSettings settings={settings.data} onSaved={saved('Se actualizó el logotipo.')} />
          </section>
          <section className="card" aria-labelledby="config-certificado">
            <h2 id="config-certificado">Certificado de sello</h2>
            <CertificateSettings settings={settings.data} onSaved={saved('Se importó el certificado de sello.')} />
          </section>
        </>
      )}
    </>
  );
}
