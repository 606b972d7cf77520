import type { InvitationView, Page } from '@veraz/contracts';
import { useState } from 'react';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { useResource } from '../../components/useResource';
import { SentInvitation } from './SentInvitation';
import { CreateInvitationForm } from './CreateInvitationForm';
import { InvitationTable, type InvitationChange } from './InvitationTable';

const LIMIT = 50;

export default function InvitationsPage() {
  usePageTitle('Invitaciones');
  const client = useApi();
  const [offset, setOffset] = useState(0);
  const [created, setCreated] = useState<InvitationView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const invitations = useResource(
    (signal) => client.get<Page<InvitationView>>(`/api/invitations?limit=${LIMIT}&offset=${offset}`, signal),
    [client, offset],
  );

  function handleCreated(invitation: InvitationView) {
    setCreated(invitation);
    setNotice(null);
    if (offset === 0) invitations.reload();
    else setOffset(0);
  }

  function handleChanged(updated: InvitationView, change: InvitationChange) {
    invitations.setData((page) => ({ ...page, items: page.items.map((i) => (i.id === updated.id ? updated : i)) }));
    setNotice(
      change === 'revocada'
        ? `Se revocó la invitación de ${updated.email}.`
        : `Se reenvió la invitación a ${updated.email} con un enlace nuevo; el enlace anterior ya no sirve.`,
    );
  }

  return (
    <>
      <h1>Invitaciones</h1>
      {created && (
        <SentInvitation invitation={created} onDismiss={() => setCreated(null)}>
          <p>Si el correo estaba mal escrito, revoca la invitación en la lista de abajo y envía otra. Si la persona no lo recibió o el enlace venció, usa «Reenviar».</p>
        </SentInvitation>
      )}
      <section className="card" aria-labelledby="nueva-invitacion">
        <h2 id="nueva-invitacion">Invitar a una persona</h2>
        <p>La persona recibirá un correo con un enlace para crear su cuenta o unir su cuenta existente. El enlace solo se envía a ese correo.</p>
        <CreateInvitationForm endpoint="/api/invitations" formId="invitar" onCreated={handleCreated} />
      </section>
      <section aria-labelledby="lista-invitaciones">
        <h2 id="lista-invitaciones">Invitaciones enviadas</h2>
        <Notice>{notice}</Notice>
        {invitations.loading && !invitations.data && <Loading label="Cargando invitaciones…" />}
        {invitations.error && <LoadError message={invitations.error} onRetry={invitations.reload} />}
        {invitations.data && (
          <>
            <InvitationTable items={invitations.data.items} onChanged={handleChanged} />
            <Pager label="Páginas de invitaciones" offset={offset} limit={LIMIT} total={invitations.data.total} onChange={setOffset} />
          </>
        )}
      </section>
    </>
  );
}
