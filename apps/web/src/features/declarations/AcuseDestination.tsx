import { acuseRecipients, type DeclarationView } from '@veraz/contracts';
import { useSession } from '../../app/session';

/**
 * Names, before signing, where the acuse will be e-mailed: the same list the server sends it to
 * (the account's address and the personal e-mail written in datos generales).
 */
export function AcuseDestination({ declaration }: { declaration: DeclarationView }) {
  const { session } = useSession();
  if (!session) return null;
  const datosGenerales = declaration.sections.find((s) => s.name === 'datosGenerales')?.data;
  const recipients = acuseRecipients(session.user.email, datosGenerales);
  return (
    <p className="acuse-destino" data-testid="acuse-destino">
      Al firmar te enviaremos el acuse por correo a{' '}
      {recipients.map((address, index) => (
        <span key={address}>
          {index > 0 && ' y a '}
          <strong className="break">{address}</strong>
        </span>
      ))}
      .
    </p>
  );
}
