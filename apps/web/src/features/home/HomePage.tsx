import { ROLE_LABELS } from '@veraz/contracts';
import { Link } from 'react-router';
import { canAccess, fullName, linksFor } from '../../app/navigation';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { FilerObligations } from '../declarations/FilerObligations';
import { InstitutionSwitcher } from './InstitutionSwitcher';
import { StartReadinessNotice } from './StartReadinessNotice';

export default function HomePage() {
  usePageTitle('Inicio');
  const { session } = useSession();
  if (!session) return null;
  const links = linksFor(session);

  return (
    <>
      <h1>Hola, {fullName(session.user)}</h1>
      {session.institution && canAccess(session, 'filer') && <StartReadinessNotice institutionId={session.institution.id} />}
      {session.institution && canAccess(session, 'filer') && <FilerObligations key={session.institution.id} headingId="obligaciones-titulo" title="Tus declaraciones pendientes" />}

      <section className="card" aria-labelledby="institucion-titulo">
        <h2 id="institucion-titulo">Institución actual</h2>
        {session.institution ? (
          <>
            <p className="institution-name">{session.institution.name}</p>
            <h3>Tus roles</h3>
            {session.roles.length > 0 ? (
              <ul className="role-list">
                {session.roles.map((role) => (
                  <li key={role}>{ROLE_LABELS[role]}</li>
                ))}
              </ul>
            ) : (
              <p>No tienes roles en esta institución.</p>
            )}
          </>
        ) : (
          <p>No tienes una institución seleccionada.</p>
        )}
        {session.user.isOperator && <p className="badge">{ROLE_LABELS.OPERADOR}</p>}
        {session.memberships.length > 1 && <InstitutionSwitcher />}
      </section>

      <section aria-labelledby="acciones-titulo">
        <h2 id="acciones-titulo">¿Qué puedes hacer?</h2>
        {links.length > 0 ? (
          <ul className="link-cards">
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{link.label}</Link>
                <p>{link.description}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>Por ahora no hay secciones disponibles para tus roles en esta institución.</p>
        )}
      </section>
    </>
  );
}
