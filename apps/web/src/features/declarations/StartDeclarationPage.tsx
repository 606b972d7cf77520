import { DECLARATION_TIPOS, type DeclarationTipo, type DeclarationView, type StartDeclarationRequest } from '@veraz/contracts';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApi, useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage, RequiredMark, RequiredNote } from '../../components/FieldParts';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { useResource } from '../../components/useResource';
import { declarationPaths } from './DeclarationContext';
import { lastFiling, loadFilerRecord, type FilerRecord } from './filerRecord';
import { mexicoToday, TIPO_LABELS } from './labels';
import { declarationHome } from './paths';
import '../../styles/declarations.css';

interface StartValues {
  tipo: DeclarationTipo | '';
  fechaTomaPosesion: string;
  anioReportado: string;
  fechaConclusion: string;
  actualizacionConflictoInteres: boolean;
  prefill: boolean;
}

const FORM_ID = 'nueva';

const TIPO_HINTS: Record<DeclarationTipo, string> = {
  INICIAL: 'Se presenta dentro de los 60 días naturales siguientes a la toma de posesión de tu empleo, cargo o comisión.',
  MODIFICACIÓN: 'Se presenta durante el mes de mayo de cada año y reporta tu situación del año anterior (enero a diciembre).',
  CONCLUSIÓN: 'Se presenta dentro de los 60 días naturales siguientes a que dejaste tu empleo, cargo o comisión.',
};

const LABELS = {
  tipo: 'Tipo de declaración',
  fechaTomaPosesion: 'Fecha de toma de posesión',
  anioReportado: 'Año que reportas',
  fechaConclusion: 'Fecha de conclusión del cargo',
  actualizacionConflictoInteres: 'Solo actualizar mi declaración de intereses',
  prefill: 'Partir de mi última declaración presentada',
} as const;

export default function StartDeclarationPage() {
  usePageTitle('Nueva declaración');
  const client = useApi();
  const { session } = useSession();
  const userId = session?.user.id ?? '';
  const record = useResource((signal) => loadFilerRecord(client, userId, signal), [client, userId]);

  return (
    <div className="start-page">
      <p className="breadcrumb">
        <Link to={declarationPaths.list()}>Mis declaraciones</Link>
      </p>
      <h1>Nueva declaración</h1>
      {record.loading && !record.data && <Loading label="Cargando tus declaraciones…" />}
      {record.error && <LoadError message={record.error} onRetry={record.reload} />}
      {record.data && <StartForm record={record.data} />}
    </div>
  );
}

function StartForm({ record }: { record: FilerRecord }) {
  const client = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = useMemo(() => mexicoToday(new Date()), []);
  const previous = lastFiling(record);

  const presetTipo = params.get('tipo');
  const presetYear = params.get('anioReportado');
  const form = useForm<StartValues>({
    defaultValues: {
      tipo: (DECLARATION_TIPOS as readonly string[]).includes(presetTipo ?? '') ? (presetTipo as DeclarationTipo) : '',
      fechaTomaPosesion: '',
      anioReportado: presetYear && /^\d{4}$/.test(presetYear) ? presetYear : String(today.year - 1),
      fechaConclusion: '',
      actualizacionConflictoInteres: false,
      prefill: previous !== null,
    },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, FORM_ID, LABELS);
  const tipo = form.watch('tipo');
  const interestOnly = form.watch('actualizacionConflictoInteres');

  const notFuture = (value: string) => value <= today.iso || 'No puede ser una fecha futura.';

  async function onSubmit(values: StartValues) {
    errors.clear();
    const body: StartDeclarationRequest = { tipo: values.tipo as DeclarationTipo, prefill: previous !== null && values.prefill };
    if (values.tipo === 'INICIAL') body.fechaTomaPosesion = values.fechaTomaPosesion;
    if (values.tipo === 'CONCLUSIÓN') body.fechaConclusion = values.fechaConclusion;
    if (values.tipo === 'MODIFICACIÓN') {
      body.actualizacionConflictoInteres = values.actualizacionConflictoInteres;
      // An interest-only update has no reported year: it may be filed at any time.
      if (!values.actualizacionConflictoInteres) body.anioReportado = Number(values.anioReportado);
    }
    try {
      const declaration = await client.post<DeclarationView>('/api/declarations', body);
      navigate(declarationHome(declaration.id), { state: { started: true } });
    } catch (error) {
      errors.showError(error);
    }
  }

  const tipoError = errors.errorFor('tipo');
  const tipoId = errors.fieldId('tipo');

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)} className="start-form">
      <ErrorSummary {...errors.summary} title="No se pudo iniciar la declaración" />
      <RequiredNote />

      <fieldset
        id={tipoId}
        tabIndex={-1}
        className={tipoError ? 'field radio-group field-invalid' : 'field radio-group'}
        aria-describedby={tipoError ? `${tipoId}-error` : undefined}
      >
        <legend>
          {LABELS.tipo}
          <RequiredMark />
        </legend>
        <FieldErrorMessage id={tipoError ? `${tipoId}-error` : undefined} message={tipoError} />
        {DECLARATION_TIPOS.map((value) => (
          <div className="radio" key={value}>
            <input
              type="radio"
              id={`${tipoId}-${value}`}
              value={value}
              aria-describedby={`${tipoId}-${value}-ayuda`}
              {...form.register('tipo', { required: 'Elige el tipo de declaración.' })}
            />
            <div>
              <label htmlFor={`${tipoId}-${value}`}>{TIPO_LABELS[value]}</label>
              <p id={`${tipoId}-${value}-ayuda`} className="hint">
                {TIPO_HINTS[value]}
              </p>
            </div>
          </div>
        ))}
      </fieldset>

      {tipo === 'INICIAL' && (
        <TextField
          id={errors.fieldId('fechaTomaPosesion')}
          label={LABELS.fechaTomaPosesion}
          type="date"
          required
          max={today.iso}
          hint="El día en que empezaste tu empleo, cargo o comisión."
          error={errors.errorFor('fechaTomaPosesion')}
          registration={form.register('fechaTomaPosesion', { required: 'Indica la fecha de toma de posesión.', validate: notFuture })}
        />
      )}

      {tipo === 'MODIFICACIÓN' && (
        <>
          <div className="field checkbox">
            <input type="checkbox" id={errors.fieldId('actualizacionConflictoInteres')} aria-describedby="nueva-intereses-ayuda" {...form.register('actualizacionConflictoInteres')} />
            <div>
              <label htmlFor={errors.fieldId('actualizacionConflictoInteres')}>Solo actualizar mi declaración de intereses (posible conflicto de interés)</label>
              <p id="nueva-intereses-ayuda" className="hint">
                Puedes presentarla en cualquier momento del año, cuando surja un posible conflicto de interés. Incluye tus datos
                generales, de empleo e ingresos, y las secciones de intereses.
              </p>
              <FieldErrorMessage message={errors.errorFor('actualizacionConflictoInteres')} />
            </div>
          </div>
          {!interestOnly && (
            <TextField
              id={errors.fieldId('anioReportado')}
              label={LABELS.anioReportado}
              type="number"
              inputMode="numeric"
              required
              min={2000}
              max={today.year - 1}
              className="input-year"
              hint={`El año calendario que declaras; en mayo de ${today.year} corresponde ${today.year - 1}.`}
              error={errors.errorFor('anioReportado')}
              registration={form.register('anioReportado', {
                required: 'Indica el año que reportas.',
                validate: (value) => {
                  const year = Number(value);
                  return (Number.isInteger(year) && year >= 2000 && year < today.year) || `Indica un año entre 2000 y ${today.year - 1}.`;
                },
              })}
            />
          )}
        </>
      )}

      {tipo === 'CONCLUSIÓN' && (
        <TextField
          id={errors.fieldId('fechaConclusion')}
          label={LABELS.fechaConclusion}
          type="date"
          required
          max={today.iso}
          hint="El día en que dejaste tu empleo, cargo o comisión."
          error={errors.errorFor('fechaConclusion')}
          registration={form.register('fechaConclusion', { required: 'Indica la fecha de conclusión del cargo.', validate: notFuture })}
        />
      )}

      {previous && (
        <div className="field checkbox">
          <input type="checkbox" id={errors.fieldId('prefill')} aria-describedby="nueva-prefill-ayuda" {...form.register('prefill')} />
          <div>
            <label htmlFor={errors.fieldId('prefill')}>Partir de mi última declaración presentada (folio {previous.folio})</label>
            <p id="nueva-prefill-ayuda" className="hint">
              Se copian tus datos para que solo actualices lo que cambió. Los ingresos del periodo se capturan de nuevo.
            </p>
          </div>
        </div>
      )}

      <div className="button-row">
        <SubmitButton busy={form.formState.isSubmitting} label="Iniciar declaración" busyLabel="Iniciando…" />
        <Link to={declarationPaths.list()} className="button button-secondary button-link">
          Cancelar
        </Link>
      </div>
    </form>
  );
}
