import type { InvitationView } from '@veraz/contracts';
import { useEffect, useRef, type ReactNode } from 'react';
import { formatDate } from '../../components/format';

/**
 * Confirms a just-created invitation. The API never returns its link: it travels only in the
 * e-mail to the invited address, so accepting it proves control of that address.
 */
export function SentInvitation({ invitation, onDismiss, children }: { invitation: InvitationView; onDismiss: () => void; children?: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [invitation.id]);

  return (
    <section className="card card-success" aria-labelledby={`enviada-${invitation.id}`}>
      <h2 id={`enviada-${invitation.id}`} ref={headingRef} tabIndex={-1}>
        Invitación enviada a {invitation.email}
      </h2>
      <p>
        Enviamos a <strong>{invitation.email}</strong> un correo con el enlace para aceptar la invitación; vence el{' '}
        {formatDate(invitation.expiresAt)}. Por seguridad, el enlace solo llega a ese correo: no se muestra aquí ni a nadie más.
      </p>
      {children}
      <p className="hint">Si no le llega, pídele que revise su carpeta de correo no deseado.</p>
      <button type="button" className="button button-secondary" onClick={onDismiss}>
        Listo
      </button>
    </section>
  );
}
