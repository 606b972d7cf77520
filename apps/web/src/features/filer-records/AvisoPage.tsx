import type { AvisoPrefill, AvisoView } from '@veraz/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RequiredNote } from '../../components/FieldParts';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { useResource } from '../../components/useResource';
import { EMAIL_PATTERN } from '../auth/passwordRules';
import { AvisoFiled } from './AvisoFiled';
import { avisosApi } from './paths';
import '../../styles/declarations.css';

interface Values {
  contacto: { correoPersonal: string; telefono: string };
  encargoNuevo: {
    empleoCargoComision: string;
    areaAdscripcion: string;
    nivelEmpleoCargoComision: string;
    fechaTomaPosesion: string;
  };
  encargoAnterior: { nombreEntePublico: string; fechaConclusion: string };
  password: string;
}

const LABELS = {
  'contacto.correoPersonal': 'Correo electrónico personal',
  'contacto.telefono': 'Teléfono',
  'encargoNuevo.empleoCargoComision': 'Empleo, cargo o comisión',
  'encargoNuevo.areaAdscripcion': 'Área de adscripción',
  'encargoNuevo.nivelEmpleoCargoComision': 'Nivel del empleo, cargo o comisión',
  'encargoNuevo.fechaTomaPosesion': 'Fecha de toma de posesión',
  'encargoAnterior.nombreEntePublico': 'Ente público anterior',
  'encargoAnterior.fechaConclusion': 'Fecha de conclusión del encargo anterior',
  password: 'Contraseña',
} as const;

/** /declaraciones/aviso — the aviso por cambio de ente público (Normas, Cuarta), its confirmation and acuse. */
export default function AvisoPage() {
  usePageTitle('Aviso por cambio de ente público');
  const client = useApi();
  const prefill = useResource((signal) => client.get<AvisoPrefill>(avisosApi.prefill(), signal), [client]);
  const [filed, setFiled] = useState<AvisoView | null>(null);

  return (
    <>
      <h1>Aviso por cambio de ente público</h1>
      {filed ? (
        <AvisoFiled aviso={filed} />
      ) : (
        <>
          <p>
            Si dejaste otro ente público del mismo orden de gobierno y tomaste posesión aquí dentro de los 60 días naturales siguientes, no presentas
            declaración de conclusión ni inicial: basta este aviso, dentro de los 60 días naturales posteriores a tu toma de posesión (Normas, Cuarta).
          </p>
          {prefill.loading && !prefill.data && <Loading label="Cargando tus datos…" />}
          {prefill.error && <LoadError message={prefill.error} onRetry={prefill.reload} />}
          {prefill.data && <AvisoForm prefill={prefill.data} onFiled={setFiled} />}
        </>
      )}
      <p>
        <Link to="/declaraciones">Volver a mis declaraciones</Link>
      </p>
    </>
  );
}

function AvisoForm({ prefill, onFiled }: { prefill: AvisoPrefill; onFiled: (aviso: AvisoView) => void }) {
  const client = useApi();
  const g = prefill.datosGenerales;
  const n = prefill.encargoNuevo;
  const form = useForm<Values>({
    defaultValues: {
      contacto: {
        correoPersonal: g.correoPersonal ?? '',
        telefono: g.telefono ?? '',
      },
      encargoNuevo: {
        empleoCargoComision: n.empleoCargoComision ?? '',
        areaAdscripcion: n.areaAdscripcion ?? '',
        nivelEmpleoCargoComision: n.nivelEmpleoCargoComision ?? '',
        fechaTomaPosesion: n.fechaTomaPosesion ?? '',
      },
      encargoAnterior: {
        nombreEntePublico: prefill.encargoAnterior.nombreEntePublico ?? '',
        fechaConclusion: prefill.encargoAnterior.fechaConclusion ?? '',
      },
      password: '',
    },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, 'aviso', LABELS);
  const field = (
    name: keyof typeof LABELS,
    options: {
      required?: string;
      type?: string;
      hint?: string;
      autoComplete?: string;
      pattern?: { value: RegExp; message: string };
    } = {},
  ) => (
    <TextField
      id={errors.fieldId(name)}
      label={LABELS[name]}
      type={options.type ?? 'text'}
      hint={options.hint}
      autoComplete={options.autoComplete ?? 'off'}
      required={Boolean(options.required)}
      registration={form.register(name, {
        required: options.required,
        pattern: options.pattern,
      })}
      error={errors.errorFor(name)}
    />
  );

  async function onSubmit(values: Values) {
    errors.clear();
    try {
      const body = {
        password: values.password,
        contacto: {
          correoPersonal: values.contacto.correoPersonal.trim() || null,
          telefono: values.contacto.telefono.trim() || null,
        },
        encargoNuevo: values.encargoNuevo,
        encargoAnterior: values.encargoAnterior,
      };
      onFiled(await client.post<AvisoView>(avisosApi.list(), body));
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <>
      <ErrorSummary {...errors.summary} />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <RequiredNote />
        <fieldset className="group">
          <legend>Datos generales</legend>
          <p className="hint">Vienen de tu cuenta; si alguno no es correcto, pide a tu institución que lo corrija.</p>
          <dl className="filing-facts">
            <dt>Nombre</dt>
            <dd>{[g.nombre, g.primerApellido, g.segundoApellido].filter(Boolean).join(' ')}</dd>
            <dt>CURP</dt>
            <dd>{g.curp ?? '—'}</dd>
            <dt>RFC</dt>
            <dd>{g.rfc ? `${g.rfc}${g.homoClave ?? ''}` : '—'}</dd>
            <dt>Correo institucional</dt>
            <dd>{g.correoInstitucional}</dd>
          </dl>
          {field('contacto.correoPersonal', {
            type: 'email',
            autoComplete: 'email',
            hint: 'Opcional. También te enviaremos ahí el acuse.',
            pattern: {
              value: EMAIL_PATTERN,
              message: 'Escribe un correo electrónico válido.',
            },
          })}
          {field('contacto.telefono', {
            type: 'tel',
            autoComplete: 'tel',
            hint: 'Opcional. Diez dígitos.',
          })}
        </fieldset>
        <fieldset className="group">
          <legend>Datos del nuevo encargo</legend>
          <p className="hint">
            Ente público: <strong>{n.nombreEntePublico}</strong>
          </p>
          {field('encargoNuevo.empleoCargoComision', {
            required: 'Escribe tu empleo, cargo o comisión.',
          })}
          {field('encargoNuevo.areaAdscripcion', {
            required: 'Escribe tu área de adscripción.',
          })}
          {field('encargoNuevo.nivelEmpleoCargoComision', {
            required: 'Escribe el nivel de tu empleo, cargo o comisión.',
          })}
          {field('encargoNuevo.fechaTomaPosesion', {
            type: 'date',
            required: 'Escribe la fecha en que tomaste posesión.',
          })}
        </fieldset>
        <fieldset className="group">
          <legend>Encargo anterior</legend>
          {field('encargoAnterior.nombreEntePublico', {
            required: 'Escribe el ente público donde trabajabas.',
          })}
          {field('encargoAnterior.fechaConclusion', {
            type: 'date',
            required: 'Escribe la fecha en que concluiste ese encargo.',
          })}
        </fieldset>
        {field('password', {
          type: 'password',
          autoComplete: 'current-password',
          required: 'Escribe tu contraseña para confirmar el aviso.',
          hint: 'Confirma el aviso con la contraseña de tu cuenta, como al firmar una declaración.',
        })}
        <SubmitButton busy={form.formState.isSubmitting} label="Presentar aviso" busyLabel="Presentando…" />
      </form>
    </>
  );
}
