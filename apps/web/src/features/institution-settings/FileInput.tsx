import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldErrorMessage, RequiredMark } from '../../components/FieldParts';

/** A labelled file input with help text and an inline error. */
export function FileInput({ id, label, accept, hint, error, registration }: { id: string; label: string; accept: string; hint: string; error?: string; registration: UseFormRegisterReturn }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        <RequiredMark />
      </label>
      <p id={`${id}-ayuda`} className="hint">
        {hint}
      </p>
      <FieldErrorMessage id={errorId} message={error} />
      <input
        id={id}
        type="file"
        accept={accept}
        className="input input-file"
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-ayuda`, errorId].filter(Boolean).join(' ')}
        {...registration}
      />
    </div>
  );
}
