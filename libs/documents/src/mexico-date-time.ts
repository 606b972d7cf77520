// Built once per process: an Intl formatter costs far more to build than to use.
const FILED_AT = new Intl.DateTimeFormat('es-MX', { timeZone: 'America/Mexico_City', dateStyle: 'long', timeStyle: 'medium', hour12: false });

/** Date and time of filing as a person in Mexico reads it, with the zone named. */
export function mexicoDateTime(date: Date): string {
  const formatted = FILED_AT.format(date);
  return `${formatted} (hora del centro de México)`;
}
