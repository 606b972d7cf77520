import { useSession } from '../../app/session';
import FilingPage from '../declarations/FilingPage';
import { institutionFilingPaths } from './paths';
import { ReservationForm } from './ReservationForm';

/** /institucion/declaraciones/:id — one filing as a reviewer reads it; administrators also classify it. */
export default function InstitutionFilingPage() {
  const { session } = useSession();
  const isAdmin = session?.roles.includes('ADMIN_INSTITUCION') ?? false;
  return (
    <FilingPage
      back={{ to: institutionFilingPaths.list(), label: 'Declaraciones de la institución' }}
      filingPath={institutionFilingPaths.filing}
      renderExtra={isAdmin ? (filing, replace) => <ReservationForm filing={filing} onSaved={replace} /> : undefined}
    />
  );
}
