import { useSession } from '../../app/session';
import FilingPage from '../declarations/FilingPage';
import { RiskPanel } from '../integrity/RiskPanel';
import { FilerConstancias } from './FilerConstancias';
import { FilingChanges } from './FilingChanges';
import { FilingSections } from './FilingSections';
import { institutionFilingPaths } from './paths';
import { ReservationForm } from './ReservationForm';
import { ReviewPanel } from './ReviewPanel';

/**
 * /institucion/declaraciones/:id — one filing as the OIC reads it: its review, its risk flags, its changes
 * against the previous filing, the whole declaration by section; administrators also classify it.
 */
export default function InstitutionFilingPage() {
  const { session } = useSession();
  const isAdmin = session?.roles.includes('ADMIN_INSTITUCION') ?? false;
  return (
    <FilingPage
      back={{ to: institutionFilingPaths.list(), label: 'Declaraciones de la institución' }}
      filingPath={institutionFilingPaths.filing}
      renderExtra={(filing, replace) => (
        <>
          <ReviewPanel filingId={filing.id} />
          <RiskPanel filing={filing} />
          <FilingChanges filing={filing} />
          <FilingSections filing={filing} />
          <FilerConstancias filing={filing} />
          {isAdmin && <ReservationForm filing={filing} onSaved={replace} />}
        </>
      )}
    />
  );
}
