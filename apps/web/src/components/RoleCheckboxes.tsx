import { INSTITUTION_ROLES, ROLE_LABELS, type InstitutionRole } from '@veraz/contracts';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldErrorMessage, RequiredMark } from './FieldParts';

interface RoleCheckboxesProps {
  /** Also the fieldset id, so error-summary links can move focus here. */
  id: string;
  legend: string;
  registration: UseFormRegisterReturn;
  error?: string;
  roles?: readonly InstitutionRole[];
  compact?: boolean;
}

/** One checkbox per institution role; react-hook-form collects the checked values as an array. */
export function RoleCheckboxes({ id, legend, registration, error, roles = INSTITUTION_ROLES, compact }: RoleCheckboxesProps) {
  const errorId = error ? `${id}-error` : undefined;
  const classes = ['field', 'checkbox-group', compact ? 'checkbox-group-compact' : '', error ? 'field-invalid' : ''];
  return (
    <fieldset id={id} tabIndex={-1} className={classes.filter(Boolean).join(' ')} aria-describedby={errorId}>
      <legend className={compact ? 'visually-hidden' : undefined}>
        {legend}
        <RequiredMark />
      </legend>
      <FieldErrorMessage id={errorId} message={error} />
      {roles.map((role) => (
        <div className="checkbox" key={role}>
          <input type="checkbox" id={`${id}-${role}`} value={role} {...registration} />
          <label htmlFor={`${id}-${role}`}>{ROLE_LABELS[role]}</label>
        </div>
      ))}
    </fieldset>
  );
}

export const atLeastOneRole = (value: unknown) =>
  (Array.isArray(value) && value.length > 0) || 'Elige al menos un rol.';
