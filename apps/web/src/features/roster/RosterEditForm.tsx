import { EMPLOYMENT_LEVEL_LABELS, EMPLOYMENT_LEVELS, ROSTER_MOVEMENT_LABELS, ROSTER_MOVEMENTS, type RosterPersonDetail, type RosterPersonView } from '@veraz/contracts';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';

interface EditValues {
  motivo: string;
  fechaMovimiento: string;
  fechaBaja: string;
  fechaAlta: string;
  nombres: string;
  primerApellido: string;
  email: string;
  puesto: string;
  area: string;
  nivel: string;
}

const LABELS = {
  motivo: 'Movimiento',
  fechaMovimiento: 'Fecha del movimiento',
  fechaBaja: 'Fecha de baja',
  fechaAlta: 'Fecha de alta',
  nombres: 'Nombres',
  primerApellido: 'Primer apellido',
  email: 'Correo institucional',
  puesto: 'Puesto',
  area: 'Área',
  nivel: 'Nivel',
};

/** One person: a dated movement (alta, baja, cambio, licencia, reingreso) or a fix of name or e-mail (PATCH /api/roster/:id). */
export function RosterEditForm({ person, onSaved, onCancel }: { person: RosterPersonView; onSaved: (p: RosterPersonDetail) => void; onCancel: () => void }) {
  const client = useApi();
  const form = useForm<EditValues>({
    defaultValues: {
      motivo: '', fechaMovimiento: '', fechaBaja: '', fechaAlta: '', nombres: person.nombres, primerApellido: person.primerApellido,
      email: person.email ?? '', puesto: person.puesto ?? '', area: person.area ?? '', nivel: person.nivel ?? '',
    },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, `padron-${person.id}`, LABELS);
  const motivo = form.watch('motivo');

  async function onSubmit(v: EditValues) {
    errors.clear();
    const changed = <K extends keyof EditValues>(key: K, before: string | null) => (v[key] && v[key] !== (before ?? '') ? v[key] : undefined);
    const body = v.motivo
      ? {
          motivo: v.motivo, fechaMovimiento: v.fechaMovimiento || undefined, fechaBaja: v.fechaBaja || undefined, fechaAlta: v.fechaAlta || undefined,
          nombres: changed('nombres', person.nombres), primerApellido: changed('primerApellido', person.primerApellido), email: changed('email', person.email),
          puesto: changed('puesto', person.puesto), area: changed('area', person.area), nivel: changed('nivel', person.nivel),
        }
      : { nombres: changed('nombres', person.nombres), primerApellido: changed('primerApellido', person.primerApellido), email: changed('email', person.email) };
    try {
      onSaved(await client.patch<RosterPersonDetail>(`/api/roster/${encodeURIComponent(person.id)}`, body));
    } catch (err) {
      errors.showError(err);
    }
  }

  const field = (name: keyof EditValues, extra: { type?: string; hint?: string } = {}) => (
    <TextField id={errors.fieldId(name)} label={LABELS[name]} registration={form.register(name)} error={errors.errorFor(name)} type={extra.type} hint={extra.hint} />
  );
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)} aria-label={`Editar a ${person.nombres} ${person.primerApellido}`}>
      <ErrorSummary {...errors.summary} title="No se guardó el cambio" />
      <div className="field">
        <label htmlFor={errors.fieldId('motivo')}>{LABELS.motivo}</label>
        <p className="hint">Sin movimiento solo se corrigen el nombre y el correo. Un cambio de puesto, área, nivel o fechas es un movimiento fechado.</p>
        <select id={errors.fieldId('motivo')} className="input" {...form.register('motivo')}>
          <option value="">Corregir datos personales</option>
          {ROSTER_MOVEMENTS.map((m) => (
            <option key={m} value={m}>
              {ROSTER_MOVEMENT_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
      {motivo && field('fechaMovimiento', { type: 'date', hint: 'Para alta y reingreso, si la dejas vacía se usa la fecha de alta; para baja, la de baja.' })}
      {motivo === 'BAJA' && field('fechaBaja', { type: 'date' })}
      {(motivo === 'ALTA' || motivo === 'REINGRESO') && field('fechaAlta', { type: 'date', hint: 'Para un reingreso después de una baja, la nueva toma de posesión.' })}
      {field('nombres')}
      {field('primerApellido')}
      {field('email', { type: 'email' })}
      {motivo && field('puesto')}
      {motivo && field('area')}
      {motivo && (
        <div className="field">
          <label htmlFor={errors.fieldId('nivel')}>{LABELS.nivel}</label>
          <select id={errors.fieldId('nivel')} className="input" {...form.register('nivel')}>
            <option value="">Sin registrar</option>
            {EMPLOYMENT_LEVELS.map((l) => (
              <option key={l} value={l}>
                {EMPLOYMENT_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="button-row">
        <SubmitButton busy={form.formState.isSubmitting} label="Guardar" />
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
