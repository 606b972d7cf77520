import { ROLE_LABELS, type PublicInvitationView, type SessionView } from '@veraz/contracts';
import { useNavigate, useParams } from 'react-router';
import { ApiRequestError } from '../../api/errors';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDate } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useResource } from '../../components/useResource';
import type { AcceptBody } from './acceptBody';
import { ExistingAccountForm } from './ExistingAccountForm';
import { RegistrationForm } from './RegistrationForm';

export default function AcceptInvitationPage() {
  usePageTitle('Invitación');
  const { token = '' } = useParams();
  const client = useApi();
  const navigate = useNavigate();
  const path = `/api/invitation-links/${encodeURIComponent(token)}`;
  const invitation = useResource(
    async (signal) => {
      try {
        return { view: await client.request<PublicInvitationView>(path, { auth: false, signal }), invalid: false };
      } catch (error) {
        if (error instanceof ApiRequestError && (error.code === 'ENLACE_INVALIDO' || error.status === 404)) {
          return { view: null, invalid: true };
        }
        throw error;
      }
    },
    [path],
  );

  async function accept(body: AcceptBody) {
    const session = await client.post<SessionView>(`${path}/accept`, body, { auth: false });
    client.setSession(session);
    navigate('/', { replace: true });
  }

  if (invitation.loading) return <Loading label="Cargando la invitación…" />;
  if (invitation.error) return <LoadError message={invitation.error} onRetry={invitation.reload} />;
  const view = invitation.data?.view;
  if (!view) {
    return (
      <section className="narrow" aria-labelledby="invitacion-titulo">
        <h1 id="invitacion-titulo">Este enlace de invitación no es válido</h1>
        <p>Puede que ya se haya usado, que haya vencido o que la invitación se haya revocado.</p>
        <p>Pide a la persona administradora de tu institución que te envíe una invitación nueva.</p>
      </section>
    );
  }

  return (
    <section className="narrow" aria-labelledby="invitacion-titulo">
      <h1 id="invitacion-titulo">Invitación a {view.institution.name}</h1>
      <p>
        Te invitaron a Veraz con el correo <strong>{view.email}</strong> con estos roles:
      </p>
      <ul className="role-list">
        {view.roles.map((role) => (
          <li key={role}>{ROLE_LABELS[role]}</li>
        ))}
      </ul>
      <p className="hint">La invitación vence el {formatDate(view.expiresAt)}.</p>
      {view.accountExists ? <ExistingAccountForm onAccept={accept} /> : <RegistrationForm email={view.email} onAccept={accept} />}
    </section>
  );
}
