import { NOTA_ACLARATORIA_LENGTH, type DeclarationView, type FilingView, type SignDeclarationRequest } from '@veraz/contracts';
import { useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../api/errors';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage, RequiredMark } from '../../components/FieldParts';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { AcuseDestination } from './AcuseDestination';
import { declarationPaths } from './DeclarationContext';
import { BlockedSections, groupBySection, type BlockedSection } from './sign/BlockedSections';
import { EFIRMA_LABELS, EfirmaFields } from './sign/EfirmaFields';
import { fileToBase64 } from '../../components/fileToBase64';
import { SigningLegalText } from './sign/SigningLegalText';
import { useFormLabels } from './useFormLabels';

export const PROTESTA =
  'Declaro bajo protesta de decir verdad que los datos asentados en esta declaración son ciertos y que la presento en términos del ' +
  'artículo 108 de la Constitución Política de los Estados Unidos Mexicanos y de los artículos 32 y 33 de la Ley General de ' +
  'Responsabilidades Administrativas. La firmo con mi usuario y contraseña, que son personales e intransferibles.';

// The same length the API accepts.
export const NOTA_MAX = NOTA_ACLARATORIA_LENGTH.max;
const NOTA_MIN = NOTA_ACLARATORIA_LENGTH.min;

interface SignValues {
  aceptaProtesta: boolean;
  password: string;
  notaAclaratoria: string;
  cer: FileList | null;
  key: FileList | null;
  passphrase: string;
  /** Never an input: where server problems with the e.firma as a whole land. */
  efirma?: string;
}

const FORM_ID = 'firma';
const LABELS = {
  aceptaProtesta: 'Protesta de decir verdad',
  password: 'Contraseña',
  notaAclaratoria: 'Nota aclaratoria',
  ...EFIRMA_LABELS,
  efirma: 'e.firma',
} as const;

/** The signing step: protest of truth, password again, optional e.firma. A native modal <dialog>. */
export function SignDialog({ declaration, onClose }: { declaration: DeclarationView; onClose: () => void }) {
  const labels = useFormLabels();
  const client = useApi();
  const navigate = useNavigate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const blockedRef = useRef<HTMLDivElement>(null);
  const closed = useRef(false);
  const [blocked, setBlocked] = useState<BlockedSection[] | null>(null);
  const [efirmaOpen, setEfirmaOpen] = useState(false);
  const corrects = declaration.correctsFilingId !== null;

  const form = useForm<SignValues>({
    defaultValues: { aceptaProtesta: false, password: '', notaAclaratoria: '', cer: null, key: null, passphrase: '' },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, FORM_ID, LABELS);
  const busy = form.formState.isSubmitting;
  const nota = form.watch('notaAclaratoria') ?? '';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('input, textarea')?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  useEffect(() => {
    if (blocked) blockedRef.current?.focus();
  }, [blocked]);

  // Problems with the e.firma fields open its panel so they can be seen.
  const efirmaErrors = ['cer', 'key', 'passphrase', 'efirma'].some((name) => errors.errorFor(name as keyof SignValues));
  useEffect(() => {
    if (efirmaErrors) setEfirmaOpen(true);
  }, [efirmaErrors]);

  function close() {
    if (closed.current) return;
    closed.current = true;
    onClose();
  }

  function onCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // Escape: closes unless a signature is on its way.
    event.preventDefault();
    if (!busy) close();
  }

  function onNativeClose() {
    // The browser closed it (a forced close request). The "close" event arrives a task later, so a
    // dialog that was shown again meanwhile (React's StrictMode remounts effects) is left alone.
    if (!dialogRef.current?.open) close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    // Browsers without a native modal dialog do not turn Escape into "cancel".
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!busy) close();
    }
  }

  async function onSubmit(values: SignValues) {
    errors.clear();
    setBlocked(null);
    const body: SignDeclarationRequest = { password: values.password, aceptaProtesta: values.aceptaProtesta };
    if (corrects) body.notaAclaratoria = values.notaAclaratoria.trim();
    const cer = values.cer?.[0];
    const key = values.key?.[0];
    if (cer && key) body.efirma = { cer: await fileToBase64(cer), key: await fileToBase64(key), passphrase: values.passphrase };
    try {
      const filing = await client.post<FilingView>(`/api/declarations/${encodeURIComponent(declaration.id)}/sign`, body);
      closed.current = true;
      navigate(declarationPaths.filing(filing.id), { state: { justFiled: true } });
    } catch (error) {
      showSignError(error);
    }
  }

  function showSignError(error: unknown) {
    if (error instanceof ApiRequestError && error.status === 403 && (error.code === 'CONTRASENA_INCORRECTA' || error.fieldErrors.some((f) => f.path === 'password'))) {
      form.setError('password', { type: 'server', message: 'La contraseña no es correcta.' });
      errors.onInvalid();
      return;
    }
    if (error instanceof ApiRequestError && error.status === 422 && error.code === 'DECLARACION_INCOMPLETA') {
      setBlocked(groupBySection(error.fieldErrors, declaration, labels));
      return;
    }
    if (error instanceof ApiRequestError && error.fieldErrors.length > 0) {
      // e.firma problems come as efirma.cer, efirma.key…: put them on those fields.
      const fieldErrors = error.fieldErrors.map((f) => ({ ...f, path: f.path.replace(/^efirma\.(cer|key|passphrase)$/, '$1') }));
      errors.showError(new ApiRequestError(error.status, error.code, error.message, fieldErrors));
      return;
    }
    errors.showError(error);
  }

  const notaError = errors.errorFor('notaAclaratoria');
  const notaId = errors.fieldId('notaAclaratoria');
  const protestaError = errors.errorFor('aceptaProtesta');
  const protestaId = errors.fieldId('aceptaProtesta');
  const efirmaError = errors.errorFor('efirma');
  // The e.firma is optional, but once one of its three parts is given the other two are needed.
  const usesEfirma = () => {
    const v = form.getValues();
    return (v.cer?.length ?? 0) > 0 || (v.key?.length ?? 0) > 0 || (v.passphrase ?? '') !== '';
  };
  const efirmaRequired = (message: string) => (value: unknown) => {
    if (!usesEfirma()) return true;
    if (typeof value === 'string') return value !== '' || message;
    return ((value as FileList | null)?.length ?? 0) > 0 || message;
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="firma-titulo" onCancel={onCancel} onClose={onNativeClose} onKeyDown={onKeyDown}>
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)} className="dialog-form">
        <h2 id="firma-titulo">Firmar y presentar tu declaración</h2>
        <ErrorSummary {...errors.summary} title="No se pudo firmar" />
        {blocked && <BlockedSections ref={blockedRef} sections={blocked} declarationId={declaration.id} />}

        <AcuseDestination declaration={declaration} />
        <p id="firma-protesta" className="protesta">
          {PROTESTA}
        </p>
        <SigningLegalText id="firma-texto-legal" />
        <div className={protestaError ? 'field checkbox field-invalid' : 'field checkbox'}>
          <input
            type="checkbox"
            id={protestaId}
            aria-describedby={['firma-protesta', protestaError ? `${protestaId}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={protestaError ? true : undefined}
            aria-required="true"
            {...form.register('aceptaProtesta', { validate: (value) => value === true || 'Acepta la declaración bajo protesta de decir verdad para firmar.' })}
          />
          <div>
            <label htmlFor={protestaId}>
              Acepto la declaración anterior
              <RequiredMark />
            </label>
            <FieldErrorMessage id={protestaError ? `${protestaId}-error` : undefined} message={protestaError} />
          </div>
        </div>

        <TextField
          id={errors.fieldId('password')}
          label="Contraseña"
          type="password"
          autoComplete="current-password"
          required
          hint="La misma con la que ingresas a Veraz."
          error={errors.errorFor('password')}
          registration={form.register('password', { required: 'Escribe tu contraseña para firmar.' })}
        />

        {corrects && (
          <div className={notaError ? 'field field-invalid' : 'field'}>
            <label htmlFor={notaId}>
              Nota aclaratoria
              <RequiredMark />
            </label>
            <p id={`${notaId}-ayuda`} className="hint">
              Explica qué corriges y por qué. Quedará en la nueva versión de tu declaración. Máximo {NOTA_MAX} caracteres.
            </p>
            <FieldErrorMessage id={notaError ? `${notaId}-error` : undefined} message={notaError} />
            <textarea
              id={notaId}
              className="input textarea"
              rows={4}
              maxLength={NOTA_MAX}
              aria-required="true"
              aria-invalid={notaError ? true : undefined}
              aria-describedby={[`${notaId}-ayuda`, `${notaId}-cuenta`, notaError ? `${notaId}-error` : ''].filter(Boolean).join(' ')}
              {...form.register('notaAclaratoria', {
                validate: (value) => {
                  const text = value.trim();
                  if (!text) return 'Escribe la nota aclaratoria.';
                  if (text.length < NOTA_MIN) return `Escribe al menos ${NOTA_MIN} caracteres en la nota aclaratoria.`;
                  return value.length <= NOTA_MAX || `La nota aclaratoria admite hasta ${NOTA_MAX} caracteres.`;
                },
              })}
            />
            <p id={`${notaId}-cuenta`} className="hint">
              {nota.length} de {NOTA_MAX} caracteres
            </p>
          </div>
        )}

        <EfirmaFields
          open={efirmaOpen}
          onToggle={setEfirmaOpen}
          summaryId={errors.fieldId('efirma')}
          error={efirmaError}
          fields={{
            cer: { id: errors.fieldId('cer'), error: errors.errorFor('cer'), registration: form.register('cer', { validate: efirmaRequired('Adjunta tu certificado (.cer).') }) },
            key: { id: errors.fieldId('key'), error: errors.errorFor('key'), registration: form.register('key', { validate: efirmaRequired('Adjunta tu llave privada (.key).') }) },
            passphrase: {
              id: errors.fieldId('passphrase'),
              error: errors.errorFor('passphrase'),
              registration: form.register('passphrase', { validate: efirmaRequired('Escribe la contraseña de tu llave privada.') }),
            },
          }}
        />

        <p className="sign-warning">
          <strong>Después de firmar no podrás modificarla; solo podrás presentar una nota aclaratoria.</strong>
        </p>
        <div className="button-row">
          <SubmitButton busy={busy} label="Firmar y presentar" busyLabel="Firmando…" />
          <button type="button" className="button button-secondary" onClick={close} disabled={busy}>
            Cancelar
          </button>
        </div>
      </form>
    </dialog>
  );
}
