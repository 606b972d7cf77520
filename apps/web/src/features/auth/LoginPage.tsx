import { useForm } from 'react-hook-form';
import { Link, Navigate, useLocation } from 'react-router';
import type { LoginRedirectState } from '../../app/RequireAuth';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { emailRules, safeReturnPath } from './passwordRules';

interface LoginValues {
  email: string;
  password: string;
}

export default function LoginPage() {
  usePageTitle('Ingresar');
  const { status, signIn } = useSession();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginRedirectState;
  const form = useForm<LoginValues>({ defaultValues: { email: '', password: '' }, shouldFocusError: false });
  const { register, handleSubmit, formState } = form;
  const errors = useFormErrors(form, 'ingresar', { email: 'Correo electrónico', password: 'Contraseña' });

  if (status === 'signedIn') return <Navigate to={safeReturnPath(state.from)} replace />;
  if (status === 'loading') return <Loading label="Verificando tu sesión…" />;

  async function onSubmit(values: LoginValues) {
    errors.clear();
    try {
      // On success the session changes and this page redirects (see above).
      await signIn(values.email.trim(), values.password);
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <section className="narrow" aria-labelledby="ingresar-titulo">
      <h1 id="ingresar-titulo">Ingresar a Veraz</h1>
      <Notice>{state.notice}</Notice>
      <ErrorSummary {...errors.summary} />
      <form noValidate onSubmit={handleSubmit(onSubmit, errors.onInvalid)}>
        <TextField
          id={errors.fieldId('email')}
          label="Correo electrónico"
          type="email"
          autoComplete="username"
          spellCheck={false}
          required
          registration={register('email', emailRules)}
          error={errors.errorFor('email')}
        />
        <TextField
          id={errors.fieldId('password')}
          label="Contraseña"
          type="password"
          autoComplete="current-password"
          required
          registration={register('password', { required: 'Escribe tu contraseña.' })}
          error={errors.errorFor('password')}
        />
        <SubmitButton busy={formState.isSubmitting} label="Ingresar" busyLabel="Entrando…" />
      </form>
      <p className="after-form">
        <Link to="/recuperar">¿Olvidaste tu contraseña?</Link>
      </p>
    </section>
  );
}
