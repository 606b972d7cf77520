import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { asksToSpecify, enumText, matchCatalog, type CatalogOption, type FormNode } from '@veraz/standards/form';
import { FieldErrorMessage, RequiredMark } from '../../../components/FieldParts';
import { capitalize, inputId, labelPathOf, problemsOf, textOf, useFormEnv } from './FormEnv';
import { monedas, municipiosDe } from './data/geo';

type Json = Record<string, unknown>;

/** Label, help and inline problems around one input, wired for screen readers. */
export function FieldFrame({ node, name, parts, children, asGroup }: { node: FormNode; name: string; parts: boolean; children: (a11y: A11y) => ReactNode; asGroup?: boolean }) {
  const env = useFormEnv();
  const { label, help } = textOf(env, labelPathOf(env.sectionName, name));
  const id = inputId(name);
  const problems = env.showErrorsFor(name) ? problemsOf(env.errors, name, parts) : [];
  const helpId = help ? `${id}-ayuda` : undefined;
  const errorId = problems.length ? `${id}-error` : undefined;
  const a11y: A11y = {
    id,
    'aria-describedby': [helpId, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': problems.length ? true : undefined,
    'aria-required': node.required || undefined,
  };
  const caption = (
    <>
      {label}
      {node.required && <RequiredMark />}
    </>
  );
  return (
    <div className={problems.length ? 'field field-invalid' : 'field'} data-field={name}>
      {asGroup ? (
        <fieldset className="field-group" aria-describedby={a11y['aria-describedby']}>
          <legend id={`${id}-etiqueta`}>{caption}</legend>
          {help && <p id={helpId} className="hint">{help}</p>}
          <FieldErrorMessage id={errorId} message={problems.map(capitalize).join('. ')} />
          {children(a11y)}
        </fieldset>
      ) : (
        <>
          <label htmlFor={id}>{caption}</label>
          {help && <p id={helpId} className="hint">{help}</p>}
          <FieldErrorMessage id={errorId} message={problems.map(capitalize).join('. ')} />
          {children(a11y)}
        </>
      )}
    </div>
  );
}

export interface A11y {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export function TextWidget({ node, name }: { node: Extract<FormNode, { kind: 'text' }>; name: string }) {
  const { control } = useFormContext();
  // Aclaraciones are capped at 500 characters, as on the DOF form.
  const maxLength = node.maxLength ?? (node.key === 'aclaracionesObservaciones' ? 500 : undefined);
  return (
    <FieldFrame node={node} name={name} parts={false}>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => {
            const value = typeof field.value === 'string' ? field.value : '';
            const common = { ...a11y, name: field.name, ref: field.ref, value, onBlur: field.onBlur, maxLength, onChange: (e: { target: { value: string } }) => field.onChange(e.target.value) };
            return node.multiline ? (
              <>
                <textarea className="input" rows={3} {...common} />
                {maxLength && <p className="hint char-count">{value.length} de {maxLength} caracteres</p>}
              </>
            ) : (
              <input className="input" type={node.inputType} autoComplete="off" {...common} />
            );
          }}
        />
      )}
    </FieldFrame>
  );
}

export function NumberWidget({ node, name }: { node: Extract<FormNode, { kind: 'number' }>; name: string }) {
  const { control } = useFormContext();
  return (
    <FieldFrame node={node} name={name} parts={false}>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <input
              {...a11y}
              className="input input-number"
              type="number"
              inputMode={node.integer ? 'numeric' : 'decimal'}
              step={node.integer ? 1 : 'any'}
              min={node.minimum}
              max={node.maximum}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={typeof field.value === 'number' || typeof field.value === 'string' ? field.value : ''}
              onChange={(e) => field.onChange(e.target.value === '' ? '' : e.target.valueAsNumber)}
            />
          )}
        />
      )}
    </FieldFrame>
  );
}

export function DateWidget({ node, name }: { node: Extract<FormNode, { kind: 'date' }>; name: string }) {
  const { control } = useFormContext();
  const { today } = useFormEnv();
  return (
    <FieldFrame node={node} name={name} parts={false}>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <input {...a11y} className="input input-date" type="date" max={today} name={field.name} ref={field.ref} onBlur={field.onBlur} value={typeof field.value === 'string' ? field.value : ''} onChange={(e) => field.onChange(e.target.value)} />
          )}
        />
      )}
    </FieldFrame>
  );
}

export function BooleanWidget({ node, name, asCheckbox }: { node: Extract<FormNode, { kind: 'boolean' }>; name: string; asCheckbox?: boolean }) {
  const { control } = useFormContext();
  const env = useFormEnv();
  if (asCheckbox) {
    const { label } = textOf(env, labelPathOf(env.sectionName, name));
    const id = inputId(name);
    return (
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <div className="field checkbox-field ninguno">
            <input id={id} type="checkbox" name={field.name} ref={field.ref} onBlur={field.onBlur} checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />
            <label htmlFor={id}>{label}</label>
          </div>
        )}
      />
    );
  }
  return (
    <FieldFrame node={node} name={name} parts={false} asGroup>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <div className="radio-row" role="radiogroup" aria-labelledby={`${a11y.id}-etiqueta`} aria-invalid={a11y['aria-invalid']}>
              {[true, false].map((option) => (
                <label key={String(option)} className="radio">
                  <input
                    type="radio"
                    id={option ? a11y.id : `${a11y.id}-no`}
                    name={field.name}
                    ref={option ? field.ref : undefined}
                    checked={field.value === option}
                    onBlur={field.onBlur}
                    onChange={() => field.onChange(option)}
                  />
                  {option ? 'Sí' : 'No'}
                </label>
              ))}
            </div>
          )}
        />
      )}
    </FieldFrame>
  );
}

function Select({ a11y, value, options, onChange, onBlur, refCallback, placeholder = 'Selecciona…' }: { a11y: A11y; value: string; options: CatalogOption[]; onChange: (clave: string) => void; onBlur: () => void; refCallback?: (el: HTMLSelectElement | null) => void; placeholder?: string }) {
  return (
    <select {...a11y} className="input" value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} ref={refCallback}>
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.clave} value={o.clave}>
          {o.valor}
        </option>
      ))}
    </select>
  );
}

export function EnumWidget({ node, name }: { node: Extract<FormNode, { kind: 'enum' }>; name: string }) {
  const { control } = useFormContext();
  const env = useFormEnv();
  const options = node.values.map((v) => ({ clave: v, valor: enumText(env.standards.valores, v) }));
  return (
    <FieldFrame node={node} name={name} parts={false}>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => <Select a11y={a11y} value={typeof field.value === 'string' ? field.value : ''} options={options} onChange={(v) => field.onChange(v || undefined)} onBlur={field.onBlur} refCallback={field.ref} />}
        />
      )}
    </FieldFrame>
  );
}

/** The parent object's name ('' for the section root) of a field name. */
function parentName(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(0, i);
}

function sibling(name: string, key: string): string {
  const parent = parentName(name);
  return parent ? `${parent}.${key}` : key;
}

export function CatalogWidget({ node, name }: { node: Extract<FormNode, { kind: 'catalog' }>; name: string }) {
  const { control } = useFormContext();
  const env = useFormEnv();
  const match = useMemo(() => matchCatalog(node.claves, env.standards.catalogs), [node.claves, env.standards.catalogs]);
  // subTipoInversion depends on the chosen tipoInversion (the catalog carries the parent code).
  const parentCode = useWatch({ name: sibling(name, 'tipoInversion.clave') }) as string | undefined;
  let options: CatalogOption[] = match?.options ?? node.claves.map((c) => ({ clave: c, valor: c }));
  if (match?.name === 'subTipoInversion') options = parentCode ? options.filter((o) => o.tipoInversion === parentCode) : [];
  return (
    <FieldFrame node={node} name={name} parts>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => {
            const current = (field.value ?? {}) as Json;
            const clave = typeof current.clave === 'string' ? current.clave : '';
            const option = options.find((o) => o.clave === clave);
            const specify = asksToSpecify(option);
            return (
              <>
                <Select
                  a11y={a11y}
                  value={clave}
                  options={options}
                  placeholder={match?.name === 'subTipoInversion' && !parentCode ? 'Primero elige el tipo de inversión' : undefined}
                  onBlur={field.onBlur}
                  refCallback={field.ref}
                  onChange={(code) => {
                    const chosen = options.find((o) => o.clave === code);
                    field.onChange(chosen ? { clave: chosen.clave, valor: asksToSpecify(chosen) ? '' : chosen.valor } : undefined);
                  }}
                />
                {specify && (
                  <div className="field specify">
                    <label htmlFor={`${a11y.id}-especifique`}>Especifique</label>
                    <input
                      id={`${a11y.id}-especifique`}
                      className="input"
                      value={typeof current.valor === 'string' ? current.valor : ''}
                      onChange={(e) => field.onChange({ clave, valor: e.target.value })}
                      onBlur={field.onBlur}
                    />
                  </div>
                )}
              </>
            );
          }}
        />
      )}
    </FieldFrame>
  );
}

export function CatalogListWidget({ node, name }: { node: Extract<FormNode, { kind: 'catalogList' }>; name: string }) {
  const { control } = useFormContext();
  const env = useFormEnv();
  const options = useMemo(() => matchCatalog(node.claves, env.standards.catalogs)?.options ?? node.claves.map((c) => ({ clave: c, valor: c })), [node.claves, env.standards.catalogs]);
  return (
    <FieldFrame node={node} name={name} parts asGroup>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => {
            const chosen = Array.isArray(field.value) ? (field.value as Json[]) : [];
            const codes = new Set(chosen.map((c) => c.clave));
            return (
              <div className="checkbox-grid">
                {options.map((o, i) => (
                  <label key={o.clave} className="checkbox">
                    <input
                      type="checkbox"
                      id={i === 0 ? a11y.id : `${a11y.id}-${o.clave}`}
                      ref={i === 0 ? field.ref : undefined}
                      checked={codes.has(o.clave)}
                      onBlur={field.onBlur}
                      onChange={(e) => {
                        const next = e.target.checked ? [...chosen, { clave: o.clave, valor: o.valor }] : chosen.filter((c) => c.clave !== o.clave);
                        // Keep the catalog's order so the saved list does not depend on click order.
                        field.onChange(options.filter((opt) => next.some((c) => c.clave === opt.clave)).map((opt) => next.find((c) => c.clave === opt.clave)));
                      }}
                    />
                    {o.valor}
                  </label>
                ))}
              </div>
            );
          }}
        />
      )}
    </FieldFrame>
  );
}

export function GeoWidget({ node, name }: { node: Extract<FormNode, { kind: 'entidad' | 'municipio' | 'pais' | 'moneda' }>; name: string }) {
  const { control, setValue, getValues } = useFormContext();
  const env = useFormEnv();
  const entidad = useWatch({ name: sibling(name, 'entidadFederativa.clave'), disabled: node.kind !== 'municipio' }) as string | undefined;
  const [municipios, setMunicipios] = useState<CatalogOption[] | null>(null);
  useEffect(() => {
    if (node.kind !== 'municipio') return;
    let live = true;
    setMunicipios(null);
    if (entidad) void municipiosDe(entidad).then((list) => live && setMunicipios(list));
    return () => {
      live = false;
    };
  }, [node.kind, entidad]);

  const options =
    node.kind === 'entidad' ? env.standards.entidades : node.kind === 'pais' ? env.standards.paises : node.kind === 'moneda' ? monedas() : (municipios ?? []);
  const asObject = node.kind === 'entidad' || node.kind === 'municipio';
  const placeholder = node.kind === 'municipio' && !entidad ? 'Primero elige la entidad federativa' : node.kind === 'municipio' && !municipios ? 'Cargando municipios…' : undefined;
  return (
    <FieldFrame node={node} name={name} parts={asObject}>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => {
            const value = asObject ? (((field.value ?? {}) as Json).clave as string | undefined) ?? '' : typeof field.value === 'string' ? field.value : '';
            return (
              <Select
                a11y={a11y}
                value={value}
                options={options}
                placeholder={placeholder}
                onBlur={field.onBlur}
                refCallback={field.ref}
                onChange={(code) => {
                  const chosen = options.find((o) => o.clave === code);
                  if (!asObject) field.onChange(code || undefined);
                  else field.onChange(chosen ? { clave: chosen.clave, valor: chosen.valor } : undefined);
                  // A new state invalidates the municipality chosen for the previous one.
                  const municipio = sibling(name, 'municipioAlcaldia');
                  if (node.kind === 'entidad' && getValues(municipio)) setValue(municipio, undefined, { shouldDirty: true });
                }}
              />
            );
          }}
        />
      )}
    </FieldFrame>
  );
}

export function MoneyWidget({ node, name }: { node: Extract<FormNode, { kind: 'money' }>; name: string }) {
  const { control } = useFormContext();
  const currencies = useMemo(() => monedas(), []);
  return (
    <FieldFrame node={node} name={name} parts asGroup>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => {
            const current = (field.value ?? {}) as Json;
            const valor = typeof current.valor === 'number' || typeof current.valor === 'string' ? current.valor : '';
            const moneda = typeof current.moneda === 'string' ? current.moneda : '';
            return (
              <div className="money">
                <label className="visually-hidden" htmlFor={a11y.id}>
                  Monto
                </label>
                <input
                  {...a11y}
                  className="input input-number"
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  ref={field.ref}
                  value={valor}
                  onBlur={field.onBlur}
                  // The usual currency is pesos; the filer can change it.
                  onChange={(e) => field.onChange({ ...current, valor: e.target.value === '' ? '' : e.target.valueAsNumber, moneda: moneda || 'MXN' })}
                />
                <label className="visually-hidden" htmlFor={`${a11y.id}-moneda`}>
                  Moneda
                </label>
                <select id={`${a11y.id}-moneda`} className="input input-currency" value={moneda} onBlur={field.onBlur} onChange={(e) => field.onChange({ ...current, moneda: e.target.value || undefined })}>
                  <option value="">Moneda…</option>
                  {currencies.map((c) => (
                    <option key={c.clave} value={c.clave}>
                      {c.valor}
                    </option>
                  ))}
                </select>
              </div>
            );
          }}
        />
      )}
    </FieldFrame>
  );
}
