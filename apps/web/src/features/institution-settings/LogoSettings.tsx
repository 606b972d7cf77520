import { MAX_LOGO_BYTES, type InstitutionSettingsView } from '@veraz/contracts';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fileToBase64 } from '../../components/fileToBase64';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormErrors } from '../../components/useFormErrors';
import { FileInput } from './FileInput';

const KB = MAX_LOGO_BYTES / 1024;

/** The logo printed on new acuses: preview, upload (PNG ≤ 256 KB) and removal. */
export function LogoSettings({ settings, onSaved }: { settings: InstitutionSettingsView; onSaved: (s: InstitutionSettingsView) => void }) {
  const client = useApi();
  const [preview, setPreview] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const form = useForm<{ archivo: FileList | null }>({ defaultValues: { archivo: null }, shouldFocusError: false });
  const errors = useFormErrors(form, 'logotipo', { archivo: 'Logotipo (PNG)' });

  // The logo needs the bearer token, so it is fetched and shown as a data: URL (the CSP allows those for images).
  useEffect(() => {
    if (!settings.hasLogo) return setPreview(null);
    const controller = new AbortController();
    client
      .download('/api/institution/logo', controller.signal, 'image/png')
      .then(async (file) => `data:image/png;base64,${await fileToBase64(file.blob)}`)
      .then(
        (url) => !controller.signal.aborted && setPreview(url),
        () => !controller.signal.aborted && setPreview(null),
      );
    return () => controller.abort();
  }, [client, settings.hasLogo, version]);

  async function upload(values: { archivo: FileList | null }) {
    errors.clear();
    const file = values.archivo?.[0];
    if (!file) return;
    const body = new FormData();
    body.append('archivo', file);
    try {
      onSaved(await client.put<InstitutionSettingsView>('/api/institution/logo', body));
      form.reset();
      setVersion((v) => v + 1);
    } catch (error) {
      errors.showError(error);
    }
  }

  async function remove() {
    errors.clear();
    try {
      onSaved(await client.request<InstitutionSettingsView>('/api/institution/logo', { method: 'DELETE' }));
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <>
      {preview ? (
        <figure className="logo-preview">
          <img src={preview} alt={`Logotipo actual de ${settings.name}`} data-testid="logo-actual" />
          <figcaption>Logotipo actual; aparece en los acuses nuevos.</figcaption>
        </figure>
      ) : (
        <p>La institución no tiene logotipo; los acuses se emiten sin él.</p>
      )}
      <ErrorSummary {...errors.summary} title="No se guardó el logotipo" />
      <form noValidate onSubmit={form.handleSubmit(upload, errors.onInvalid)}>
        <FileInput
          id={errors.fieldId('archivo')}
          label="Logotipo (PNG)"
          accept="image/png,.png"
          hint={`Imagen PNG de hasta ${KB} KB.`}
          error={errors.errorFor('archivo')}
          registration={form.register('archivo', {
            validate: (files) => {
              const file = files?.[0];
              if (!file) return 'Elige una imagen PNG.';
              return file.size <= MAX_LOGO_BYTES || `El logotipo debe pesar como máximo ${KB} KB.`;
            },
          })}
        />
        <div className="button-row">
          <SubmitButton busy={form.formState.isSubmitting} label="Subir logotipo" busyLabel="Subiendo…" />
          {settings.hasLogo && (
            <button type="button" className="button button-secondary" onClick={remove}>
              Quitar logotipo
            </button>
          )}
        </div>
      </form>
    </>
  );
}
