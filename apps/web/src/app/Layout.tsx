import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Loading } from '../components/Loading';
import { activeUnder, fullName, linksFor } from './navigation';
import { useSession } from './session';

export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, start at the top with focus in the new content, like a full page
  // load would. A page that already focused its own heading (a form section) keeps that focus.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const main = mainRef.current;
    const active = document.activeElement;
    if (main && active instanceof HTMLHeadingElement && main.contains(active)) return;
    main?.focus({ preventScroll: true });
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
  const { pathname } = useLocation();
  const [leaving, setLeaving] = useState(false);
  // On a phone the links fold behind «Menú» so the header stays one line; a new page folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

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
            <button type="button" className="button button-on-dark menu-toggle" aria-expanded={menuOpen} aria-controls="menu-principal" onClick={() => setMenuOpen((open) => !open)}>
              Menú
            </button>
            <div id="menu-principal" className={menuOpen ? 'header-menu header-menu-open' : 'header-menu'}>
              <nav aria-label="Principal" className="main-nav">
                <ul>
                  <li>
                    <NavLink to="/" end>
                      Inicio
                    </NavLink>
                  </li>
                  {linksFor(session).map((link) => (
                    <li key={link.to}>
                      {activeUnder(link, pathname) ? (
                        <Link to={link.to} className="active" aria-current="page">
                          {link.label}
                        </Link>
                      ) : (
                        <NavLink to={link.to}>{link.label}</NavLink>
                      )}
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
            </div>
          </>
        )}
      </div>
    </header>
  );
}
