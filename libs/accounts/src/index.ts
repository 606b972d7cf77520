export * from './accounts.errors';
export * from './accounts.module';
export * from './entities';
// CURP and RFC rules live in @veraz/standards (browser-safe, shared with the web form).
export { curpCheckDigit, curpProblem, normalizeCurp, isRealDate, rfcCheckDigit, normalizeRfcPart, rfcPersonaFisicaProblem, rfcMatchesCurp, type RfcProblem } from '@veraz/standards';
export * from './identity/password-policy';
export * from './identity/password-hasher';
export * from './identity/person-identity';
export * from './auth/access-tokens';
export * from './auth/principal';
export * from './auth/authentication.service';
export * from './passwords/password-reset.service';
export * from './invitations/invitations.service';
export * from './invitations/invitation-acceptance.service';
export * from './members/members.service';
export * from './members/roles';
export * from './provisioning/account-provisioning.service';
export * from './emails/account-email.job';
export * from './emails/account-email.handler';
