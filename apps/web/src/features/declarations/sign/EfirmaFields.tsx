import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldErrorMessage } from '../../../components/FieldParts';
import { TextField } from '../../../components/TextField';

export const EFIRMA_LABELS = {
  cer: 'Certificado (.cer)',
  key: 'Llave privada (.key)',
  passphrase: 'Contraseña de la llave privada',
} as const;

interface EfirmaFieldsProps {
  open: boolean;
  onToggle: (open: boolean) => void;
  summaryId: string;
  error?: string;
  fields: Record<keyof typeof EFIRMA_LABELS, { id: string; error?: string; registration: UseFormRegisterReturn }>;
}

/** The optional e.firma (SAT) part of the signing dialog: certificate, key and its passphrase. */
export function EfirmaFields({ open, onToggle, summaryId, error, fields }: EfirmaFieldsProps) {
  return (
    <details className="efirma" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary id={summaryId}>Firmar también con mi e.firma (SAT)</summary>
      <p className="hint">
        Opcional. Tus archivos y la contraseña de tu llave solo se usan para esta firma y no se guardan. El certificado debe corresponder
        a tu RFC.
      </p>
      <FieldErrorMessage message={error} />
      <FileField {...fields.cer} label={EFIRMA_LABELS.cer} accept=".cer" />
      <FileField {...fields.key} label={EFIRMA_LABELS.key} accept=".key" />
      <TextField
        id={fields.passphrase.id}
        label={EFIRMA_LABELS.passphrase}
        type="password"
        autoComplete="off"
        error={fields.passphrase.error}
        registration={fields.passphrase.registration}
      />
    </details>
  );
}

function FileField({ id, label, accept, error, registration }: { id: string; label: string; accept: string; error?: string; registration: UseFormRegisterReturn }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldErrorMessage id={errorId} message={error} />
      <input id={id} type="file" accept={accept} className="input input-file" aria-invalid={error ? true : undefined} aria-describedby={errorId} {...registration} />
    </div>
  );
}
