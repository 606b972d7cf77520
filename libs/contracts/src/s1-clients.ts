/** What the PDN must be given (its provider record): shown once, when the credential is created. */
export interface S1ClientCreated {
  id: string;
  label: string;
  token_url: string;
  url: string;
  client_id: string;
  client_secret: string;
  username: string;
  password: string;
}

/** A credential as listed: no secret. Field names follow the PDN's provider record. */
export interface S1ClientView {
  id: string;
  label: string;
  token_url: string;
  url: string;
  client_id: string;
  username: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
