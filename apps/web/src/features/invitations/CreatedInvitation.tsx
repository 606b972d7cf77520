import type { InvitationView } from '@veraz/contracts';
import { useEffect, useRef } from 'react';
import { CopyLink } from '../../components/CopyLink';

/** The link of a just-created invitation; the API returns it only once. */
export function CreatedInvitation({ invitation, onDismiss }: { invitation: InvitationView; onDismiss: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [invitation.id]);

  return (
    <section className="card card-success" aria-labelledby={`creada-${invitation.id}`}>
      <h2 id={`creada-${invitation.id}`} ref={headingRef} tabIndex={-1}>
        Invitación creada para {invitation.email}
      </h2>
      <p>
        Enviamos un correo con el enlace. También puedes copiarlo y compartirlo por un medio seguro.{' '}
        <strong>Este enlace solo se muestra ahora.</strong>
      </p>
      {invitation.link ? (
        <CopyLink label="Enlace de invitación" link={invitation.link} />
      ) : (
        <p>El servidor no devolvió el enlace; la persona lo recibirá por correo.</p>
      )}
      <button type="button" className="button button-secondary" onClick={onDismiss}>
        Listo
      </button>
    </section>
  );
}
