import { Invitation } from './invitation.entity';
import { LoginAttempt } from './login-attempt.entity';
import { Membership } from './membership.entity';
import { PasswordReset } from './password-reset.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

export * from './user.entity';
export * from './membership.entity';
export * from './invitation.entity';
export * from './session.entity';
export * from './password-reset.entity';
export * from './login-attempt.entity';

export const ACCOUNT_ENTITIES = [User, Membership, Invitation, Session, PasswordReset, LoginAttempt];
