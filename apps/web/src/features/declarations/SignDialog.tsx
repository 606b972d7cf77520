import { NOTA_ACLARATORIA_LENGTH, type DeclarationView, type FilingView, type SignDeclarationRequest } from '@veraz/contracts';
import { useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { ApiRequestError } from '../../api/errors';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage, RequiredMark } from '../../components/FieldParts';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { AcuseDestination } from './AcuseDestination';
import { declarationPaths } from './DeclarationContext';
import type { FormLabelsData } from '@veraz/standards/form';
import { pendingLine, sectionOfPath } from './pendingPaths';
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
  cer: 'Certificado (.cer)',
  key: 'Llave privada (.key)',
  passphrase: 'Contraseña de la llave privada',
  efirma: 'e.firma',
} as const;

interface BlockedSection {
  name: string;
  label: string;
  /** False for paths outside any offered section (they get no link). */
  known: boolean;
  lines: string[];
}

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
        {blocked && (
          <div ref={blockedRef} className="error-summary" role="alert" tabIndex={-1}>
            <h3 className="error-summary-title">Aún no puedes firmar: revisa estas secciones</h3>
            <ul>
              {blocked.map((section) => (
                <li key={section.name || 'otros'}>
                  {section.known ? <Link to={declarationPaths.section(declaration.id, section.name)}>{section.label}</Link> : section.label}
                  <ul>
                    {section.lines.map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        )}

        <AcuseDestination declaration={declaration} />
        <p id="firma-protesta" className="protesta">
          {PROTESTA}
        </p>
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

        <details className="efirma" open={efirmaOpen} onToggle={(event) => setEfirmaOpen(event.currentTarget.open)}>
          <summary id={errors.fieldId('efirma')}>
            Firmar también con mi e.firma (SAT)
          </summary>
          <p className="hint">
            Opcional. Tus archivos y la contraseña de tu llave solo se usan para esta firma y no se guardan. El certificado debe
            corresponder a tu RFC.
          </p>
          <FieldErrorMessage message={efirmaError} />
          <FileField
            id={errors.fieldId('cer')}
            label={LABELS.cer}
            accept=".cer"
            error={errors.errorFor('cer')}
            registration={form.register('cer', { validate: efirmaRequired('Adjunta tu certificado (.cer).') })}
          />
          <FileField
            id={errors.fieldId('key')}
            label={LABELS.key}
            accept=".key"
            error={errors.errorFor('key')}
            registration={form.register('key', { validate: efirmaRequired('Adjunta tu llave privada (.key).') })}
          />
          <TextField
            id={errors.fieldId('passphrase')}
            label={LABELS.passphrase}
            type="password"
            autoComplete="off"
            error={errors.errorFor('passphrase')}
            registration={form.register('passphrase', { validate: efirmaRequired('Escribe la contraseña de tu llave privada.') })}
          />
        </details>

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

function FileField({ id, label, accept, error, registration }: { id: string; label: string; accept: string; error?: string; registration: UseFormRegisterReturn }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldErrorMessage id={errorId} message={error} />
      <input id={id} type="file" accept={accept} className="input input-file" aria-invalid={error ? true : undefined} aria-describedby={errorId} {...registration} />
    </div>
  );
}

function groupBySection(fieldErrors: { path: string; message: string }[], declaration: DeclarationView, labels: FormLabelsData | null): BlockedSection[] {
  const groups = new Map<string, BlockedSection>();
  for (const problem of fieldErrors) {
    const section = declaration.sections.find((s) => s.name === sectionOfPath(problem.path));
    const name = section?.name ?? '';
    const group = groups.get(name) ?? { name, label: section?.label ?? 'Otros datos de la declaración', known: Boolean(section), lines: [] };
    group.lines.push(pendingLine(problem.path, problem.message, name, labels, declaration.tipo));
    groups.set(name, group);
  }
  return [...groups.values()];
}

/** The file's bytes as base64, as the API expects the SAT's DER files. */
export async function fileToBase64(file: Blob): Promise<string> {
  const buffer = typeof file.arrayBuffer === 'function' ? await file.arrayBuffer() : await readWithFileReader(file);
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function readWithFileReader(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
