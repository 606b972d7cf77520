import type { InvitationView, PlatformInstitution } from '@veraz/contracts';
import { useState } from 'react';
import { SentInvitation } from '../invitations/SentInvitation';
import { CreateInvitationForm } from '../invitations/CreateInvitationForm';
import { EntePublicoForm } from './EntePublicoForm';
import { ENTE_FIELD_NAMES, ENTE_FIELDS, enteValueText } from './entePublicoText';

/** One institution: its ente público values (changeable) and an expandable form to invite its administrator. */
export function InstitutionItem({ institution, onChanged }: { institution: PlatformInstitution; onChanged: (institution: PlatformInstitution) => void }) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [created, setCreated] = useState<InvitationView | null>(null);
  const panelId = `invitar-${institution.id}`;
  const entePanelId = `ente-publico-${institution.id}`;

  return (
    <li className="card">
      <h3>{institution.name}</h3>
      <p className="muted">
        Identificador: <code>{institution.slug}</code>
      </p>
      <dl className="facts" aria-label={`Ente público de ${institution.name}`}>
        {ENTE_FIELD_NAMES.map((name) => (
          <div key={name}>
            <dt>{ENTE_FIELDS[name].label}</dt>
            <dd>{enteValueText(institution[name])}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="button button-secondary"
        aria-label={`Cambiar ente público de ${institution.name}`}
        aria-expanded={editing}
        aria-controls={entePanelId}
        onClick={() => setEditing((v) => !v)}
      >
        Cambiar ente público
      </button>
      <div id={entePanelId} hidden={!editing} className="panel">
        {editing && (
          <EntePublicoForm
            institution={institution}
            onSaved={(saved) => {
              setEditing(false);
              onChanged(saved);
            }}
          />
        )}
      </div>
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
