type Json = Record<string, unknown>;

// A usable address has one @, no spaces and a dot in its domain («maria@» is not one).
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Who receives the acuse by e-mail: the account's address and, when the filer wrote a different,
 * well-formed one in datos generales, their personal e-mail. The sign dialog names this same list,
 * so the acuse goes where the form said it would.
 */
export function acuseRecipients(accountEmail: string, datosGenerales: unknown): string[] {
  const recipients = [accountEmail.trim()];
  const correo = (datosGenerales as Json | null | undefined)?.correoElectronico as Json | undefined;
  const personal = typeof correo?.personal === 'string' ? correo.personal.trim() : '';
  if (EMAIL_SHAPE.test(personal) && personal.toLowerCase() !== recipients[0]!.toLowerCase()) recipients.push(personal);
  return recipients;
}
