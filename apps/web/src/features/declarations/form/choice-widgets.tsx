import { useEffect, useMemo, useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { asksToSpecify, matchCatalog, type CatalogOption, type FormNode } from '@veraz/standards/form';
import { useFormEnv } from './FormEnv';
import { FieldFrame, Select, useUnreadableNumber } from './widgets';
import { monedas, municipiosDe } from './data/geo';

// Widgets that pick from a list: official catalogs, INEGI states and municipalities, countries,
// currencies, and amounts with their currency. The free-entry widgets are in ./widgets.

type Json = Record<string, unknown>;

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
                      maxLength={node.valorMaxLength}
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
  const [unreadable, check, unreadableMessage] = useUnreadableNumber();
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
                  aria-invalid={a11y['aria-invalid'] ?? (unreadable || undefined)}
                  className="input input-number"
                  type="number"
                  inputMode="decimal"
                  min={node.minimum}
                  max={node.maximum}
                  step="any"
                  ref={field.ref}
                  value={valor}
                  onBlur={field.onBlur}
                  // The usual currency is pesos; the filer can change it.
                  onChange={(e) => {
                    check(e.target);
                    field.onChange({ ...current, valor: e.target.value === '' ? '' : e.target.valueAsNumber, moneda: moneda || 'MXN' });
                  }}
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
                {unreadableMessage}
              </div>
            );
          }}
        />
      )}
    </FieldFrame>
  );
}
