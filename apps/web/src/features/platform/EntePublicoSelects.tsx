import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { FieldErrorMessage, RequiredMark } from '../../components/FieldParts';
import { ENTE_FIELD_NAMES, ENTE_FIELDS, enteValueText, type EnteField } from './entePublicoText';

export type EnteValues = Record<EnteField, string>;

interface Props<T extends FieldValues & EnteValues> {
  register: UseFormRegister<T>;
  fieldId: (name: Path<T>) => string;
  errorFor: (name: Path<T>) => string | undefined;
  /** Required when changing them; optional (both or neither) when creating the institution. */
  required: boolean;
  /** Extra words for screen readers when several institutions show the same fields. */
  srSuffix?: string;
}

/** Orden de gobierno and ámbito of an ente público, as the S1 catalogs name them. */
export function EntePublicoSelects<T extends FieldValues & EnteValues>({ register, fieldId, errorFor, required, srSuffix = '' }: Props<T>) {
  return (
    <>
      {ENTE_FIELD_NAMES.map((name) => {
        const path = name as Path<T>;
        const id = fieldId(path);
        const error = errorFor(path);
        const { label, options } = ENTE_FIELDS[name];
        return (
          <div key={name} className={error ? 'field field-invalid' : 'field'}>
            <label htmlFor={id}>
              {label}
              {srSuffix && <span className="visually-hidden">{srSuffix}</span>}
              {required && <RequiredMark />}
            </label>
            <FieldErrorMessage id={error ? `${id}-error` : undefined} message={error} />
            <select
              id={id}
              className="input"
              aria-invalid={error ? true : undefined}
              aria-required={required || undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              {...register(path, {
                validate: (value: unknown, all: T) => {
                  const other = ENTE_FIELD_NAMES.find((n) => n !== name)!;
                  if (value || (!required && !all[other])) return true;
                  return required ? `Elige un valor en «${label}».` : `Elige un valor en «${label}» o deja ambos campos sin registrar.`;
                },
              })}
            >
              <option value="">{enteValueText(null)}</option>
              {options.map((option) => (
                <option key={option} value={option}>
                  {enteValueText(option)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </>
  );
}
