/**
 * Control characters a typed search or filter never needs (tab and line breaks excepted). NUL is
 * among them: PostgreSQL text cannot hold it, so letting it through fails in the database.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The same, negated and anchored, for `@Matches`. */
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
