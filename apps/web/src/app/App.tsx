import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { RequireAuth } from './RequireAuth';

// Every page is its own chunk so the first load only carries the shell.
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage'));
const AcceptInvitationPage = lazy(() => import('../features/invitations/AcceptInvitationPage'));
const HomePage = lazy(() => import('../features/home/HomePage'));
const MembersPage = lazy(() => import('../features/members/MembersPage'));
const InvitationsPage = lazy(() => import('../features/invitations/InvitationsPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const InstitutionsPage = lazy(() => import('../features/platform/InstitutionsPage'));
const MyDeclarationsPage = lazy(() => import('../features/declarations/MyDeclarationsPage'));
const StartDeclarationPage = lazy(() => import('../features/declarations/StartDeclarationPage'));
const DeclarationLayout = lazy(() => import('../features/declarations/DeclarationLayout'));
const DeclarationIndex = lazy(() => import('../features/declarations/DeclarationLayout').then((m) => ({ default: m.DeclarationIndex })));
const SectionPage = lazy(() => import('../features/declarations/form/SectionPage'));
const ReviewPage = lazy(() => import('../features/declarations/ReviewPage'));
const FilingPage = lazy(() => import('../features/declarations/FilingPage'));
const ConstanciasPage = lazy(() => import('../features/filer-records/ConstanciasPage'));
const AvisoPage = lazy(() => import('../features/filer-records/AvisoPage'));
const InstitutionFilingsPage = lazy(() => import('../features/institution-filings/InstitutionFilingsPage'));
const InstitutionFilingPage = lazy(() => import('../features/institution-filings/InstitutionFilingPage'));
const RequerimientosPage = lazy(() => import('../features/requerimientos/RequerimientosPage'));
const RosterPage = lazy(() => import('../features/roster/RosterPage'));
// Administration (issue 15)
const InstitutionSettingsPage = lazy(() => import('../features/institution-settings/InstitutionSettingsPage'));
const S1CredentialsPage = lazy(() => import('../features/s1-credentials/S1CredentialsPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
// Integrity (issue 17): evolution and thresholds for reviewers and admins, FX rates for operators
const PersonEvolutionPage = lazy(() => import('../features/integrity/PersonEvolutionPage'));
const ThresholdsPage = lazy(() => import('../features/integrity-thresholds/ThresholdsPage'));
const FxRatesPage = lazy(() => import('../features/platform-fx-rates/FxRatesPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/ingresar" element={<LoginPage />} />
        <Route path="/recuperar" element={<ForgotPasswordPage />} />
        <Route path="/restablecer/:token" element={<ResetPasswordPage />} />
        <Route path="/invitacion/:token" element={<AcceptInvitationPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
        </Route>
        <Route element={<RequireAuth access="filer" />}>
          <Route path="/declaraciones" element={<MyDeclarationsPage />} />
          <Route path="/declaraciones/nueva" element={<StartDeclarationPage />} />
          <Route path="/declaraciones/constancias" element={<ConstanciasPage />} />
          <Route path="/declaraciones/aviso" element={<AvisoPage />} />
          <Route path="/declaraciones/:id" element={<DeclarationLayout />}>
            <Route index element={<DeclarationIndex />} />
            <Route path="secciones/:section" element={<SectionPage />} />
            <Route path="revision" element={<ReviewPage />} />
          </Route>
          <Route path="/presentadas/:id" element={<FilingPage />} />
        </Route>
        <Route element={<RequireAuth access="admin" />}>
          <Route path="/miembros" element={<MembersPage />} />
          <Route path="/invitaciones" element={<InvitationsPage />} />
          <Route path="/institucion/configuracion" element={<InstitutionSettingsPage />} />
          <Route path="/institucion/credenciales-s1" element={<S1CredentialsPage />} />
        </Route>
        <Route element={<RequireAuth access="auditor" />}>
          <Route path="/bitacora" element={<AuditPage scope="institution" />} />
          <Route path="/institucion/declaraciones" element={<InstitutionFilingsPage />} />
          <Route path="/institucion/declaraciones/:id" element={<InstitutionFilingPage />} />
          <Route path="/institucion/requerimientos" element={<RequerimientosPage />} />
          <Route path="/institucion/padron" element={<RosterPage />} />
          <Route path="/institucion/tablero" element={<DashboardPage />} />
          <Route path="/institucion/personas/:userId/evolucion" element={<PersonEvolutionPage />} />
          <Route path="/institucion/umbrales" element={<ThresholdsPage />} />
        </Route>
        <Route element={<RequireAuth access="operator" />}>
          <Route path="/plataforma/instituciones" element={<InstitutionsPage />} />
          <Route path="/plataforma/bitacora" element={<AuditPage scope="platform" />} />
          <Route path="/plataforma/tipos-de-cambio" element={<FxRatesPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
