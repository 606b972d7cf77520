/**
 * An error answered to an S1 client (the PDN) as `{code, message}` only, with the reference
 * implementation's codes (e_4001… OAuth, e_701 token, e_8001 query). Never a top-level `code`
 * in a success body: the PDN treats any body with one as an error.
 */
export class S1Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'S1Error';
  }
}
