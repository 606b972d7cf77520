import { Foundation1764000000000 } from './1764000000000-Foundation';
import { Declarations1764100000000 } from './1764100000000-Declarations';
import { S1Publication1764200000000 } from './1764200000000-S1Publication';
import { Documents1764300000000 } from './1764300000000-Documents';
import { FolioTime1764400000000 } from './1764400000000-FolioTime';
import { S1SearchKeys1764500000000 } from './1764500000000-S1SearchKeys';
import { TrustAnchors1764650000000 } from './1764650000000-TrustAnchors';
import { AuthorityCrls1764660000000 } from './1764660000000-AuthorityCrls';
import { OperatorsHoldNoTenantRoles1764670000000 } from './1764670000000-OperatorsHoldNoTenantRoles';
import { AppLogin1764680000000 } from './1764680000000-AppLogin';
import { AuditAnchors1764690000000 } from './1764690000000-AuditAnchors';
import { EntePublico1764720000000 } from './1764720000000-EntePublico';
import { InvitationEmploymentLevel1764730000000 } from './1764730000000-InvitationEmploymentLevel';
import { InstitutionConsole1764740000000 } from './1764740000000-InstitutionConsole';
import { RosterJoining1764741000000 } from './1764741000000-RosterJoining';
import { ObligationsCrossEnte1764742000000 } from './1764742000000-ObligationsCrossEnte';
import { ReviewWorkbench1764743000000 } from './1764743000000-ReviewWorkbench';
import { MemberDeactivation1764744000000 } from './1764744000000-MemberDeactivation';
import { FilerRecords1764745000000 } from './1764745000000-FilerRecords';
import { RequerimientoFolios1764746000000 } from './1764746000000-RequerimientoFolios';
import { DashboardIndexes1764747000000 } from './1764747000000-DashboardIndexes';
import { RateLimitCounters1764750000000 } from './1764750000000-RateLimitCounters';
import { S1SearchCounts1764754000000 } from './1764754000000-S1SearchCounts';
import { S1PublicationHoles1764755000000 } from './1764755000000-S1PublicationHoles';
import { DistributionKeys1764756000000 } from './1764756000000-DistributionKeys';

/** Every migration, oldest first. Never edit one that has shipped: add a new one. */
export const MIGRATIONS = [Foundation1764000000000, Declarations1764100000000, S1Publication1764200000000, Documents1764300000000, FolioTime1764400000000, S1SearchKeys1764500000000, TrustAnchors1764650000000, AuthorityCrls1764660000000, OperatorsHoldNoTenantRoles1764670000000, AppLogin1764680000000, AuditAnchors1764690000000, EntePublico1764720000000, InvitationEmploymentLevel1764730000000, InstitutionConsole1764740000000, RosterJoining1764741000000, ObligationsCrossEnte1764742000000, ReviewWorkbench1764743000000, MemberDeactivation1764744000000, FilerRecords1764745000000, RequerimientoFolios1764746000000, DashboardIndexes1764747000000, RateLimitCounters1764750000000, S1SearchCounts1764754000000, S1PublicationHoles1764755000000, DistributionKeys1764756000000];
export { APP_ROLE, MIGRATIONS_TABLE } from './rls';
