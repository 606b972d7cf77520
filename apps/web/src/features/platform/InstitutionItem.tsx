import type { InstitutionSummary, InvitationView } from '@veraz/contracts';
import { useState } from 'react';
import { SentInvitation } from '../invitations/SentInvitation';
import { CreateInvitationForm } from '../invitations/CreateInvitationForm';

/** One institution, with an expandable form to invite its administrator. */
export function InstitutionItem({ institution }: { institution: InstitutionSummary }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<InvitationView | null>(null);
  const panelId = `invitar-${institution.id}`;

  return (
    <li className="card">
      <h3>{institution.name}</h3>
      <p className="muted">
        Identificador: <code>{institution.slug}</code>
      </p>
      <button
        type="button"
        className="button button-secondary"
        aria-label={`Invitar administrador de ${institution.name}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        Invitar administrador
      </button>
      <div id={panelId} hidden={!open} className="panel">
        {open && (
          <CreateInvitationForm
            endpoint={`/api/platform/institutions/${encodeURIComponent(institution.id)}/invitations`}
            formId={`admin-${institution.id}`}
            fixedRoles={['ADMIN_INSTITUCION']}
            submitLabel="Enviar invitación"
            srSuffix={` de administrador de ${institution.name}`}
            onCreated={(invitation) => {
              setCreated(invitation);
              setOpen(false);
            }}
          />
        )}
      </div>
      {created && (
        <SentInvitation invitation={created} onDismiss={() => setCreated(null)}>
          <p>
            Al aceptarla, esa persona administrará la institución. Las cuentas de operación no pueden aceptar invitaciones ni tener roles en
            una institución. Esta invitación quedó en la bitácora de la institución.
          </p>
        </SentInvitation>
      )}
    </li>
  );
}
