import type { PlatformInstitution } from '@veraz/contracts';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RequiredNote } from '../../components/FieldParts';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { EntePublicoSelects, type EnteValues } from './EntePublicoSelects';
import { ENTE_FIELDS } from './entePublicoText';

interface InstitutionValues extends EnteValues {
  name: string;
  slug: string;
}

const SLUG = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;

/** "Secretaría de Finanzas" → "secretaria-de-finanzas" as a suggestion for the identifier. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

export function CreateInstitutionForm({ onCreated }: { onCreated: (institution: PlatformInstitution) => void }) {
  const client = useApi();
  const form = useForm<InstitutionValues>({ defaultValues: { name: '', slug: '', nivelOrdenGobierno: '', ambitoPublico: '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'institucion', {
    name: 'Nombre',
    slug: 'Identificador',
    nivelOrdenGobierno: ENTE_FIELDS.nivelOrdenGobierno.label,
    ambitoPublico: ENTE_FIELDS.ambitoPublico.label,
  });

  async function onSubmit(values: InstitutionValues) {
    errors.clear();
    try {
      const ente = values.nivelOrdenGobierno ? { nivelOrdenGobierno: values.nivelOrdenGobierno, ambitoPublico: values.ambitoPublico } : {};
      const created = await client.post<PlatformInstitution>('/api/platform/institutions', { name: values.name.trim(), slug: values.slug.trim(), ...ente });
      form.reset();
      onCreated(created);
    } catch (error) {
      errors.showError(error);
    }
  }

  const nameField = form.register('name', {
    required: 'Escribe el nombre de la institución.',
    minLength: { value: 3, message: 'El nombre debe tener al menos 3 caracteres.' },
    maxLength: { value: 200, message: 'El nombre debe tener como máximo 200 caracteres.' },
  });

  return (
    <>
      <RequiredNote />
      <ErrorSummary {...errors.summary} />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <TextField
          id={errors.fieldId('name')}
          label="Nombre"
          required
          autoComplete="off"
          registration={{
            ...nameField,
            onBlur: async (event) => {
              // Suggest an identifier from the name, only while the identifier is still empty.
              if (!form.getValues('slug')) form.setValue('slug', suggestSlug(event.target.value));
              return nameField.onBlur(event);
            },
          }}
          error={errors.errorFor('name')}
        />
        <TextField
          id={errors.fieldId('slug')}
          label="Identificador"
          required
          autoComplete="off"
          spellCheck={false}
          hint="Solo minúsculas, números y guiones, hasta 40 caracteres. Ejemplo: sefin-jalisco."
          registration={form.register('slug', {
            required: 'Escribe un identificador.',
            pattern: { value: SLUG, message: 'Usa solo minúsculas, números y guiones (hasta 40 caracteres), sin guion al inicio ni al final.' },
          })}
          error={errors.errorFor('slug')}
        />
        <fieldset className="group">
          <legend>Ente público</legend>
          <p className="hint">La sección «Datos del empleo, cargo o comisión» de cada declaración nueva parte de estos valores. Puedes registrarlos después.</p>
          <EntePublicoSelects register={form.register} fieldId={errors.fieldId} errorFor={errors.errorFor} required={false} />
        </fieldset>
        <SubmitButton busy={form.formState.isSubmitting} label="Dar de alta" />
      </form>
    </>
  );
}
