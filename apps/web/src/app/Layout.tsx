import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Loading } from '../components/Loading';
import { fullName, linksFor } from './navigation';
import { useSession } from './session';

export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new content like a full page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="page">
      <a className="skip-link" href="#contenido">
        Saltar al contenido
      </a>
      <SiteHeader />
      <main id="contenido" ref={mainRef} tabIndex={-1} className="container main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Veraz · Declaraciones patrimoniales y de intereses · Software libre (AGPL-3.0)</p>
        </div>
      </footer>
    </div>
  );
}

function SiteHeader() {
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  async function handleSignOut() {
    setLeaving(true);
    try {
      await signOut();
      navigate('/ingresar', { replace: true, state: { notice: 'Cerraste tu sesión.' } });
    } finally {
      setLeaving(false);
    }
  }

  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          Veraz
        </Link>
        {session && (
          <>
            <nav aria-label="Principal" className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    Inicio
                  </NavLink>
                </li>
                {linksFor(session).map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to}>{link.label}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="user-area">
              <span className="user-name">{fullName(session.user)}</span>
              <button type="button" className="button button-on-dark" onClick={handleSignOut} disabled={leaving}>
                {leaving ? 'Cerrando sesión…' : 'Cerrar sesión'}
              </button>
            </div>
          </>
        )}
      </div>
    </header>
  );
}
