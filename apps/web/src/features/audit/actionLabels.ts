// The labels live with the codes in @veraz/contracts, so every action the server records has one.
export { auditActionLabel as actionLabel } from '@veraz/contracts';
