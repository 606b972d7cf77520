/** What either acceptance form (new account or existing one) posts to accept an invitation. */
export type AcceptBody = Record<string, string | undefined> & { password: string };
