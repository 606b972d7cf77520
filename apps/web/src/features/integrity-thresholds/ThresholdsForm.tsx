import { RISK_RULE_GROUPS, type IntegrityThresholds, type IntegrityThresholdsView } from '@veraz/contracts';
import { useForm, type Path } from 'react-hook-form';
import { ApiRequestError } from '../../api/errors';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage } from '../../components/FieldParts';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { SECTORS } from './sectorCatalog';
import { checkNumber, formPath, LIST_FIELDS, NUMBER_FIELDS, THRESHOLD_GROUPS, toThresholds, toValues, type ThresholdValues } from './thresholdFields';

const FORM_ID = 'umbrales';
const LABELS = {
  ...Object.fromEntries(NUMBER_FIELDS.map((def) => [def.key, def.label])),
  marcasDeLujo: LIST_FIELDS.marcasDeLujo.label,
  sectoresDeLaInstitucion: LIST_FIELDS.sectoresDeLaInstitucion.label,
} as Partial<Record<Path<ThresholdValues>, string>>;

/** The API names fields inside the request body (`thresholds.x`); the form names them `x`. */
function onFormPaths(error: unknown): unknown {
  if (!(error instanceof ApiRequestError)) return error;
  const fieldErrors = error.fieldErrors.map((e) => ({ ...e, path: formPath(e.path) }));
  return new ApiRequestError(error.status, error.code, error.message, fieldErrors, error.retryAfterSeconds);
}

function sameThresholds(a: IntegrityThresholds, b: IntegrityThresholds): boolean {
  const norm = (t: IntegrityThresholds) => JSON.stringify({ ...t, sectoresDeLaInstitucion: [...t.sectoresDeLaInstitucion].sort() });
  return norm(a) === norm(b);
}

/** Every threshold of the institution, grouped by rule; saving makes a new version (PUT /api/integrity/thresholds). */
export function ThresholdsForm({ current, onSaved, onUnchanged }: { current: IntegrityThresholds; onSaved: (view: IntegrityThresholdsView) => void; onUnchanged: () => void }) {
  const client = useApi();
  const form = useForm<ThresholdValues>({ defaultValues: toValues(current), shouldFocusError: false });
  const errors = useFormErrors(form, FORM_ID, LABELS);

  async function onSubmit(values: ThresholdValues) {
    errors.clear();
    const thresholds = toThresholds(values);
    if (sameThresholds(thresholds, current)) return onUnchanged();
    try {
      const saved = await client.put<IntegrityThresholdsView>('/api/integrity/thresholds', { thresholds });
      form.reset(toValues(saved.current.thresholds));
      onSaved(saved);
    } catch (error) {
      errors.showError(onFormPaths(error));
    }
  }

  const brandsId = errors.fieldId('marcasDeLujo');
  const brandsError = errors.errorFor('marcasDeLujo');
  const sectorsId = errors.fieldId('sectoresDeLaInstitucion');
  const sectorsError = errors.errorFor('sectoresDeLaInstitucion');

  return (
    <>
      <ErrorSummary {...errors.summary} title="No se guardaron los umbrales" />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        {THRESHOLD_GROUPS.map((group) => (
          <fieldset key={group} className="group">
            <legend>
              Regla {group}. {RISK_RULE_GROUPS[group]}
            </legend>
            {NUMBER_FIELDS.filter((def) => def.group === group).map((def) => (
              <TextField
                key={def.key}
                id={errors.fieldId(def.key)}
                label={def.label}
                required
                inputMode="decimal"
                hint={def.help}
                error={errors.errorFor(def.key)}
                registration={form.register(def.key, { validate: (text, values) => checkNumber(def, text, values) })}
              />
            ))}
            {group === LIST_FIELDS.marcasDeLujo.group && (
              <div className={brandsError ? 'field field-invalid' : 'field'}>
                <label htmlFor={brandsId}>{LIST_FIELDS.marcasDeLujo.label}</label>
                <p id={`${brandsId}-ayuda`} className="hint">
                  {LIST_FIELDS.marcasDeLujo.help}
                </p>
                <FieldErrorMessage id={brandsError ? `${brandsId}-error` : undefined} message={brandsError} />
                <textarea
                  id={brandsId}
                  className="input textarea"
                  rows={8}
                  aria-invalid={brandsError ? true : undefined}
                  aria-describedby={[`${brandsId}-ayuda`, brandsError ? `${brandsId}-error` : ''].filter(Boolean).join(' ')}
                  {...form.register('marcasDeLujo')}
                />
              </div>
            )}
            {group === LIST_FIELDS.sectoresDeLaInstitucion.group && (
              <fieldset id={sectorsId} tabIndex={-1} className={sectorsError ? 'field field-invalid' : 'field'} aria-describedby={[`${sectorsId}-ayuda`, sectorsError ? `${sectorsId}-error` : ''].filter(Boolean).join(' ')}>
                <legend>{LIST_FIELDS.sectoresDeLaInstitucion.label}</legend>
                <p id={`${sectorsId}-ayuda`} className="hint">
                  {LIST_FIELDS.sectoresDeLaInstitucion.help}
                </p>
                <FieldErrorMessage id={sectorsError ? `${sectorsId}-error` : undefined} message={sectorsError} />
                <div className="sector-grid">
                  {SECTORS.map((sector) => (
                    <div className="checkbox" key={sector.clave}>
                      <input type="checkbox" id={`${sectorsId}-${sector.clave}`} value={sector.clave} {...form.register('sectoresDeLaInstitucion')} />
                      <label htmlFor={`${sectorsId}-${sector.clave}`}>{sector.valor}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
          </fieldset>
        ))}
        <p className="hint">Al guardar se crea una nueva versión de los umbrales y se recalculan los puntajes de todas las declaraciones; los puntajes anteriores conservan su versión.</p>
        <SubmitButton busy={form.formState.isSubmitting} label="Guardar umbrales" />
      </form>
    </>
  );
}
