import type { MemberView, Page } from '@veraz/contracts';
import { useState } from 'react';
import { useApi, useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDate } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useResource } from '../../components/useResource';
import { EmploymentLevelForm } from './EmploymentLevelForm';
import { MemberAccess } from './MemberAccess';
import { MemberRolesForm } from './MemberRolesForm';

const LIMIT = 50;

export default function MembersPage() {
  usePageTitle('Miembros');
  const client = useApi();
  const { session } = useSession();
  const [offset, setOffset] = useState(0);
  const members = useResource(
    (signal) => client.get<Page<MemberView>>(`/api/members?limit=${LIMIT}&offset=${offset}`, signal),
    [client, offset],
  );

  function replaceMember(updated: MemberView) {
    members.setData((page) => ({ ...page, items: page.items.map((m) => (m.id === updated.id ? updated : m)) }));
    // Changing one's own roles changes what this session may do: renew it to pick them up.
    if (updated.userId === session?.user.id) void client.refresh().catch(() => undefined);
  }

  return (
    <>
      <h1>Miembros</h1>
      <p>
        Personas que pertenecen a {session?.institution?.name ?? 'tu institución'}. Marca los roles de cada persona y elige
        «Guardar roles». El nivel de empleo define si sus declaraciones son completas (jefe de departamento o superior) o
        simplificadas. Desactiva a quien ya no deba ingresar: conserva sus declaraciones y puedes reactivarlo después.
      </p>
      {members.loading && !members.data && <Loading label="Cargando miembros…" />}
      {members.error && <LoadError message={members.error} onRetry={members.reload} />}
      {members.data && (
        <>
          <MissingLevels members={members.data.items} />
          {members.data.items.length === 0 ? (
            <p>Todavía no hay miembros.</p>
          ) : (
            <div className="table-wrap">
              <table className="table responsive-table">
                <caption className="visually-hidden">Miembros de la institución y sus roles</caption>
                <thead>
                  <tr>
                    <th scope="col">Nombre</th>
                    <th scope="col">Correo</th>
                    <th scope="col">Miembro desde</th>
                    <th scope="col">Roles</th>
                    <th scope="col">Nivel de empleo</th>
                    <th scope="col">Acceso</th>
                  </tr>
                </thead>
                <tbody>
                  {members.data.items.map((member) => (
                    <tr key={member.id}>
                      <th scope="row" data-label="Nombre">
                        {member.nombreCompleto}
                        {needsLevel(member) && (
                          <>
                            {' '}
                            <span className="badge badge-warning">Falta nivel de empleo</span>
                          </>
                        )}
                      </th>
                      <td data-label="Correo" className="break">
                        {member.email}
                      </td>
                      <td data-label="Miembro desde">{formatDate(member.createdAt)}</td>
                      <td data-label="Roles">
                        <MemberRolesForm member={member} onSaved={replaceMember} />
                      </td>
                      <td data-label="Nivel de empleo">
                        <EmploymentLevelForm member={member} onSaved={replaceMember} />
                      </td>
                      <td data-label="Acceso">
                        <MemberAccess member={member} isSelf={member.userId === session?.user.id} onChanged={replaceMember} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager label="Páginas de miembros" offset={offset} limit={LIMIT} total={members.data.total} onChange={setOffset} />
        </>
      )}
    </>
  );
}

/** A filer without a level cannot start a declaration: the admin sees who needs one. */
function needsLevel(member: MemberView): boolean {
  return member.roles.includes('DECLARANTE') && member.employmentLevel === null;
}

function MissingLevels({ members }: { members: MemberView[] }) {
  const missing = members.filter(needsLevel).length;
  if (missing === 0) return null;
  const who = missing === 1 ? '1 persona declarante no tiene' : `${missing} personas declarantes no tienen`;
  return (
    <p className="notice notice-warning" data-testid="faltan-niveles">
      En esta página, {who} nivel de empleo registrado y no puede iniciar su declaración hasta que lo guardes. Aparecen marcadas con
      «Falta nivel de empleo».
    </p>
  );
}
