import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/Loading';
import { canAccess, type Access } from './navigation';
import { useSession } from './session';
import { usePageTitle } from './usePageTitle';

export interface LoginRedirectState {
  from?: string;
  notice?: string;
}

/** Guards a group of routes: signed-out people go to /ingresar and come back after signing in. */
export function RequireAuth({ access = 'signedIn' }: { access?: Access }) {
  const { status, session, expired, signedOutByUser } = useSession();
  const location = useLocation();

  if (status === 'loading') return <Loading label="Verificando tu sesión…" />;
  if (!session) {
    // After "Cerrar sesión" the person should not be sent back to the page they left.
    const state: LoginRedirectState = signedOutByUser
      ? { notice: 'Cerraste tu sesión.' }
      : { from: location.pathname + location.search, notice: expired ? 'Tu sesión terminó. Inicia sesión de nuevo.' : undefined };
    return <Navigate to="/ingresar" replace state={state} />;
  }
  if (!canAccess(session, access)) return <Forbidden />;
  return <Outlet />;
}

function Forbidden() {
  usePageTitle('Sin permiso');
  return (
    <section aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">No tienes permiso para ver esta página</h1>
      <p>Tus roles en la institución actual no permiten abrir esta sección.</p>
      <p>
        <Link to="/">Volver al inicio</Link>
      </p>
    </section>
  );
}
