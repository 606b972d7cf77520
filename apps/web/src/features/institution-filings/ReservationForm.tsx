import { RESERVA_MOTIVO_LENGTH, type FilingView } from '@veraz/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage, RequiredMark } from '../../components/FieldParts';
import { Notice } from '../../components/Notice';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormErrors } from '../../components/useFormErrors';

const { min: MOTIVO_MIN, max: MOTIVO_MAX } = RESERVA_MOTIVO_LENGTH;

interface ReservationValues {
  reservada: 'si' | 'no';
  motivo: string;
}

/**
 * The administrator classifies a filing as reserved (Normas, Vigésima): it stays on record but the S1
 * endpoint stops publishing it. Every change asks for its reason and is written to the audit log.
 */
export function ReservationForm({ filing, onSaved }: { filing: FilingView; onSaved: (filing: FilingView) => void }) {
  const client = useApi();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<ReservationValues>({ defaultValues: { reservada: filing.reserved ? 'no' : 'si', motivo: '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'clasificacion', { motivo: 'Motivo' });
  const motivoId = errors.fieldId('motivo');
  const motivoError = errors.errorFor('motivo');
  const motivo = form.watch('motivo');

  async function onSubmit(values: ReservationValues) {
    errors.clear();
    setSaved(null);
    try {
      const updated = await client.put<FilingView>(`/api/filings/${encodeURIComponent(filing.id)}/reservation`, { reservada: values.reservada === 'si', motivo: values.motivo.trim() });
      form.reset({ reservada: updated.reserved ? 'no' : 'si', motivo: '' });
      setSaved(updated.reserved ? `El folio ${updated.folio} quedó reservado: no se publica.` : `El folio ${updated.folio} dejó de estar reservado.`);
      onSaved(updated);
    } catch (err) {
      errors.showError(err);
    }
  }

  return (
    <section aria-labelledby="clasificacion-titulo" className="filing-block">
      <h2 id="clasificacion-titulo">Clasificación</h2>
      <p>
        {filing.reserved
          ? 'Esta declaración está clasificada como reservada: consta en el sistema pero no se publica en la Plataforma Digital Nacional.'
          : 'Esta declaración es pública: su versión pública se entrega a la Plataforma Digital Nacional.'}
        {!filing.isLatest && ' Solo se publica la versión vigente; clasificar esta versión no cambia lo publicado.'}
      </p>
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <ErrorSummary {...errors.summary} title="No se guardó la clasificación" />
        <input type="hidden" {...form.register('reservada')} />
        <div className={motivoError ? 'field field-invalid' : 'field'}>
          <label htmlFor={motivoId}>
            {filing.reserved ? 'Motivo para dejar de reservarla' : 'Motivo de la reserva'}
            <RequiredMark />
          </label>
          <p id={`${motivoId}-ayuda`} className="hint">
            Por ejemplo, el acuerdo del Comité de Transparencia. Queda en la bitácora.
          </p>
          <FieldErrorMessage id={motivoError ? `${motivoId}-error` : undefined} message={motivoError} />
          <textarea
            id={motivoId}
            className="input"
            rows={3}
            maxLength={MOTIVO_MAX}
            aria-required
            aria-invalid={motivoError ? true : undefined}
            aria-describedby={[`${motivoId}-ayuda`, motivoError ? `${motivoId}-error` : ''].filter(Boolean).join(' ')}
            {...form.register('motivo', {
              validate: (value) => value.trim().length >= MOTIVO_MIN || `Escribe el motivo (al menos ${MOTIVO_MIN} caracteres).`,
            })}
          />
          <p className="hint char-count">
            {motivo.length} de {MOTIVO_MAX} caracteres
          </p>
        </div>
        <SubmitButton busy={form.formState.isSubmitting} label={filing.reserved ? 'Dejar de reservar' : 'Clasificar como reservada'} />
      </form>
      <Notice>{saved}</Notice>
    </section>
  );
}
