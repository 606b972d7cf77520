export * from './users.repository';
export * from './memberships.repository';
export * from './invitations.repository';
export * from './sessions.repository';
export * from './password-resets.repository';
export * from './login-attempts.repository';
export * from './roster-links.repository';
