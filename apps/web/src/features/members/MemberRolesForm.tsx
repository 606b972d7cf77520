import type { InstitutionRole, MemberView } from '@veraz/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { atLeastOneRole, RoleCheckboxes } from '../../components/RoleCheckboxes';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormErrors } from '../../components/useFormErrors';

interface RolesValues {
  roles: InstitutionRole[];
}

/** The role checkboxes of one member, saved with PATCH /api/members/:id. */
export function MemberRolesForm({ member, onSaved }: { member: MemberView; onSaved: (member: MemberView) => void }) {
  const client = useApi();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<RolesValues>({ defaultValues: { roles: member.roles }, shouldFocusError: false });
  const errors = useFormErrors(form, `miembro-${member.id}`, { roles: 'Roles' });

  async function onSubmit(values: RolesValues) {
    errors.clear();
    setSaved(null);
    try {
      const updated = await client.patch<MemberView>(`/api/members/${encodeURIComponent(member.id)}`, { roles: values.roles });
      form.reset({ roles: updated.roles });
      setSaved(`Roles de ${updated.nombreCompleto} actualizados.`);
      onSaved(updated);
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <form className="row-form" noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
      <ErrorSummary {...errors.summary} title="No se guardaron los roles" />
      <RoleCheckboxes
        id={errors.fieldId('roles')}
        legend={`Roles de ${member.nombreCompleto}`}
        compact
        registration={form.register('roles', { validate: atLeastOneRole })}
        error={errors.errorFor('roles')}
      />
      <SubmitButton
        busy={form.formState.isSubmitting}
        label="Guardar roles"
        srSuffix={` de ${member.nombreCompleto}`}
        className="button button-small"
      />
      <Notice>{saved}</Notice>
    </form>
  );
}
