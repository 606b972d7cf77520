import { MAX_P12_BYTES, type CertificateView, type InstitutionSettingsView } from '@veraz/contracts';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatDate } from '../../components/format';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { FileInput } from './FileInput';

interface CertificateValues {
  archivo: FileList | null;
  passphrase: string;
}

/** The sealing certificate of acuses and letters: the current one, and the import of a P12. */
export function CertificateSettings({ settings, onSaved }: { settings: InstitutionSettingsView; onSaved: (s: InstitutionSettingsView) => void }) {
  const client = useApi();
  const form = useForm<CertificateValues>({ defaultValues: { archivo: null, passphrase: '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'certificado', { archivo: 'Archivo .p12', passphrase: 'Contraseña del .p12' });

  async function onSubmit(values: CertificateValues) {
    errors.clear();
    const body = new FormData();
    body.append('archivo', values.archivo![0]!);
    body.append('passphrase', values.passphrase);
    try {
      const saved = await client.put<InstitutionSettingsView>('/api/institution/certificate', body);
      // The passphrase is not kept in the page once used.
      form.reset();
      onSaved(saved);
    } catch (error) {
      form.setValue('passphrase', '');
      errors.showError(error);
    }
  }

  return (
    <>
      <CurrentCertificate certificate={settings.certificate} />
      <ErrorSummary {...errors.summary} title="No se importó el certificado" />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)} autoComplete="off">
        <FileInput
          id={errors.fieldId('archivo')}
          label="Archivo .p12"
          accept=".p12,.pfx,application/x-pkcs12"
          hint="El certificado de sello de la institución con su llave privada (.p12 o .pfx). Se guarda cifrado."
          error={errors.errorFor('archivo')}
          registration={form.register('archivo', {
            validate: (files) => {
              const file = files?.[0];
              if (!file) return 'Elige el archivo .p12.';
              return file.size <= MAX_P12_BYTES || `El archivo debe pesar como máximo ${MAX_P12_BYTES / 1024} KB.`;
            },
          })}
        />
        <TextField
          id={errors.fieldId('passphrase')}
          label="Contraseña del .p12"
          type="password"
          autoComplete="off"
          required
          hint="Solo se usa para abrir el archivo; Veraz la guarda cifrada y nunca la muestra."
          error={errors.errorFor('passphrase')}
          registration={form.register('passphrase', { required: 'Escribe la contraseña del archivo .p12.' })}
        />
        <SubmitButton busy={form.formState.isSubmitting} label="Importar certificado" busyLabel="Importando…" />
      </form>
    </>
  );
}

function CurrentCertificate({ certificate }: { certificate: CertificateView | null }) {
  if (!certificate) return <p>Todavía no hay certificado de sello: el primer acuse creará uno de prueba.</p>;
  return (
    <dl className="summary-list" data-testid="certificado-actual">
      <div>
        <dt>Titular (CN)</dt>
        <dd>
          {certificate.commonName}
          {certificate.selfSigned && <span className="badge badge-warning"> De prueba (autofirmado)</span>}
        </dd>
      </div>
      {certificate.organization && (
        <div>
          <dt>Organización</dt>
          <dd>{certificate.organization}</dd>
        </div>
      )}
      <div>
        <dt>Vigencia</dt>
        <dd>
          Del {formatDate(certificate.notBefore)} al {formatDate(certificate.notAfter)}
        </dd>
      </div>
      <div>
        <dt>Huella SHA-256</dt>
        <dd className="break mono">{certificate.fingerprintSha256}</dd>
      </div>
    </dl>
  );
}
