import type { SessionView } from '@veraz/contracts';

/** Who may open a page; mirrors the API's guards so people only see links that work. */
export type Access = 'signedIn' | 'filer' | 'admin' | 'auditor' | 'operator';

export function canAccess(session: SessionView | null, access: Access): boolean {
  if (!session) return false;
  const inInstitution = session.institution !== null;
  switch (access) {
    case 'signedIn':
      return true;
    case 'filer':
      return inInstitution && session.roles.includes('DECLARANTE');
    case 'admin':
      return inInstitution && session.roles.includes('ADMIN_INSTITUCION');
    case 'auditor':
      return inInstitution && (session.roles.includes('ADMIN_INSTITUCION') || session.roles.includes('REVISOR'));
    case 'operator':
      return session.user.isOperator;
  }
}

export interface NavLinkInfo {
  to: string;
  label: string;
  description: string;
  access: Access;
  /** Pages reached from this link's page that live under another path (the link stays highlighted there). */
  alsoUnder?: string[];
}

export const NAV_LINKS: NavLinkInfo[] = [
  {
    to: '/declaraciones',
    label: 'Mis declaraciones',
    description: 'Captura, firma y descarga tus declaraciones patrimoniales y de intereses.',
    access: 'filer',
  },
  {
    to: '/institucion/tablero',
    label: 'Tablero de cumplimiento',
    description: 'Consulta quién presentó, quién va tarde y quién es omiso, y descarga las listas.',
    access: 'auditor',
  },
  {
    to: '/institucion/declaraciones',
    label: 'Declaraciones de la institución',
    description: 'Consulta y busca las declaraciones presentadas en tu institución y descarga sus documentos.',
    access: 'auditor',
    alsoUnder: ['/institucion/personas/'],
  },
  {
    to: '/institucion/requerimientos',
    label: 'Requerimientos',
    description: 'Genera requerimientos para las obligaciones omisas y sigue su notificación y su plazo de 30 días.',
    access: 'auditor',
  },
  {
    to: '/institucion/padron',
    label: 'Padrón',
    description: 'Importa y consulta el padrón de personas obligadas a declarar; solo quien está en él puede unirse como declarante.',
    access: 'auditor',
  },
  {
    to: '/institucion/umbrales',
    label: 'Umbrales de riesgo',
    description: 'Consulta los umbrales de las señales de riesgo y su historial; quien administra la institución puede cambiarlos.',
    access: 'auditor',
  },
  {
    to: '/miembros',
    label: 'Miembros',
    description: 'Consulta a las personas de tu institución, cambia sus roles y desactívalas o reactívalas.',
    access: 'admin',
  },
  {
    to: '/invitaciones',
    label: 'Invitaciones',
    description: 'Invita a nuevas personas, reenvía o revoca invitaciones pendientes.',
    access: 'admin',
  },
  {
    to: '/institucion/configuracion',
    label: 'Configuración',
    description: 'Nombre, logotipo, texto legal al firmar, recordatorios y certificado de sello de tu institución.',
    access: 'admin',
  },
  {
    to: '/institucion/credenciales-s1',
    label: 'Credenciales S1 (PDN)',
    description: 'Crea y revoca las credenciales con las que la Plataforma Digital Nacional consulta tus declaraciones públicas.',
    access: 'admin',
  },
  {
    to: '/bitacora',
    label: 'Bitácora',
    description: 'Revisa los eventos registrados en tu institución.',
    access: 'auditor',
  },
  {
    to: '/plataforma/instituciones',
    label: 'Instituciones',
    description: 'Da de alta instituciones e invita a su primera persona administradora.',
    access: 'operator',
  },
  {
    to: '/plataforma/tipos-de-cambio',
    label: 'Tipos de cambio',
    description: 'Importa los tipos de cambio anuales del FIX de Banco de México con que se convierten los montos en otras monedas.',
    access: 'operator',
  },
  {
    to: '/plataforma/bitacora',
    label: 'Bitácora de la plataforma',
    description: 'Revisa los eventos registrados a nivel plataforma.',
    access: 'operator',
  },
];

export function linksFor(session: SessionView | null): NavLinkInfo[] {
  return NAV_LINKS.filter((link) => canAccess(session, link.access));
}

/** Whether a link with extra paths (alsoUnder) is the current section; NavLink covers its own path. */
export function activeUnder(link: NavLinkInfo, pathname: string): boolean {
  return (link.alsoUnder ?? []).some((prefix) => pathname.startsWith(prefix));
}

export function fullName(user: SessionView['user']): string {
  return [user.nombre, user.primerApellido, user.segundoApellido].filter(Boolean).join(' ');
}
