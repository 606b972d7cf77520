import { REVIEW_NOTE_LENGTH, REVIEW_STATE_LABELS, REVIEW_STATES, type FilingReviewView, type ReviewerOption, type ReviewState } from '@veraz/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage } from '../../components/FieldParts';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormErrors } from '../../components/useFormErrors';
import { useResource } from '../../components/useResource';
import { formatMexicoDateTime } from '../declarations/labels';

interface ReviewValues {
  state: ReviewState;
  assigneeId: string;
}

/**
 * The OIC's review of the filing on screen: state and assignee (saved against the version read, so a
 * colleague's change is never overwritten) and the append-only notes.
 */
export function ReviewPanel({ filingId }: { filingId: string }) {
  const client = useApi();
  const path = `/api/filings/${encodeURIComponent(filingId)}/review`;
  const review = useResource((signal) => client.get<FilingReviewView>(path, signal), [client, path]);
  const reviewers = useResource((signal) => client.get<ReviewerOption[]>('/api/reviewers', signal), [client]);
  // Kept here: the form starts afresh (remounts) from every saved version.
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <section aria-labelledby="revision-titulo" className="filing-block">
      <h2 id="revision-titulo">Revisión</h2>
      {review.loading && !review.data && <Loading label="Cargando la revisión…" />}
      {review.error && <LoadError message={review.error} onRetry={review.reload} />}
      {review.data && (
        <>
          <ReviewForm
            key={review.data.version}
            review={review.data}
            reviewers={reviewers.data ?? []}
            path={path}
            onSaving={() => setSaved(null)}
            onSaved={(next) => {
              setSaved(`Revisión guardada: ${REVIEW_STATE_LABELS[next.state].toLowerCase()}.`);
              review.setData(() => next);
            }}
          />
          <Notice>{saved}</Notice>
          <ReviewNotes review={review.data} path={path} onSaved={(next) => review.setData(() => next)} />
        </>
      )}
    </section>
  );
}

interface ReviewFormProps {
  review: FilingReviewView;
  reviewers: ReviewerOption[];
  path: string;
  onSaving: () => void;
  onSaved: (r: FilingReviewView) => void;
}

function ReviewForm({ review, reviewers, path, onSaving, onSaved }: ReviewFormProps) {
  const client = useApi();
  const form = useForm<ReviewValues>({ defaultValues: { state: review.state, assigneeId: review.assignee?.userId ?? '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'revision', { state: 'Estado de la revisión', assigneeId: 'Persona asignada' });
  // The current assignee stays choosable even if they no longer review.
  const options = review.assignee && !reviewers.some((r) => r.userId === review.assignee!.userId) ? [review.assignee, ...reviewers] : reviewers;

  async function onSubmit(values: ReviewValues) {
    errors.clear();
    onSaving();
    try {
      onSaved(await client.put<FilingReviewView>(path, { version: review.version, state: values.state, assigneeId: values.assigneeId || null }));
    } catch (err) {
      errors.showError(err);
    }
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)} aria-label="Cambiar la revisión">
      <ErrorSummary {...errors.summary} title="No se guardó la revisión" />
      <p>
        Estado actual: <strong data-testid="estado-revision">{REVIEW_STATE_LABELS[review.state]}</strong>
        {review.updatedAt && ` · actualizado el ${formatMexicoDateTime(review.updatedAt)}`}
      </p>
      <div className="field">
        <label htmlFor={errors.fieldId('state')}>Estado de la revisión</label>
        <select id={errors.fieldId('state')} className="input" {...form.register('state')}>
          {REVIEW_STATES.map((s) => (
            <option key={s} value={s}>
              {REVIEW_STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={errors.fieldId('assigneeId')}>Persona asignada</label>
        <FieldErrorMessage id={errors.errorFor('assigneeId') ? `${errors.fieldId('assigneeId')}-error` : undefined} message={errors.errorFor('assigneeId')} />
        <select id={errors.fieldId('assigneeId')} className="input" {...form.register('assigneeId')}>
          <option value="">Sin asignar</option>
          {options.map((r) => (
            <option key={r.userId} value={r.userId}>
              {r.nombreCompleto}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton busy={form.formState.isSubmitting} label="Guardar revisión" />
    </form>
  );
}

function ReviewNotes({ review, path, onSaved }: { review: FilingReviewView; path: string; onSaved: (r: FilingReviewView) => void }) {
  const client = useApi();
  const form = useForm<{ texto: string }>({ defaultValues: { texto: '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'nota', { texto: 'Nota' });
  const id = errors.fieldId('texto');
  const error = errors.errorFor('texto');

  async function onSubmit(values: { texto: string }) {
    errors.clear();
    try {
      onSaved(await client.post<FilingReviewView>(`${path}/notes`, { texto: values.texto.trim() }));
      form.reset({ texto: '' });
    } catch (err) {
      errors.showError(err);
    }
  }

  return (
    <>
      <h3>Notas de la revisión</h3>
      {review.notes.length === 0 ? (
        <p className="muted">Todavía no hay notas.</p>
      ) : (
        <ol className="review-notes">
          {review.notes.map((n) => (
            <li key={n.id}>
              <p className="nota">{n.body}</p>
              <p className="hint">
                {n.author.nombreCompleto} · {formatMexicoDateTime(n.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)} aria-label="Agregar una nota">
        <ErrorSummary {...errors.summary} title="No se agregó la nota" />
        <div className={error ? 'field field-invalid' : 'field'}>
          <label htmlFor={id}>Nueva nota</label>
          <p id={`${id}-ayuda`} className="hint">
            Las notas no se editan ni se borran; quedan con tu nombre y la fecha.
          </p>
          <FieldErrorMessage id={error ? `${id}-error` : undefined} message={error} />
          <textarea
            id={id}
            className="input"
            rows={3}
            maxLength={REVIEW_NOTE_LENGTH.max}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${id}-ayuda`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
            {...form.register('texto', { validate: (v) => v.trim().length >= REVIEW_NOTE_LENGTH.min || 'Escribe la nota.' })}
          />
        </div>
        <SubmitButton busy={form.formState.isSubmitting} label="Agregar nota" busyLabel="Agregando…" />
      </form>
    </>
  );
}
