import { useState, type ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { enumText, type CatalogOption, type FormNode } from '@veraz/standards/form';
import { FieldErrorMessage, RequiredMark } from '../../../components/FieldParts';
import { capitalize, inputId, labelPathOf, problemsOf, textOf, useFormEnv } from './FormEnv';

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
  const maxLength = node.maxLength;
  return (
    <FieldFrame node={node} name={name} parts={false}>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => {
            const value = typeof field.value === 'string' ? field.value : '';
            const common = { ...a11y, name: field.name, ref: field.ref, value, onBlur: field.onBlur, maxLength, onChange: (e: { target: { value: string } }) => field.onChange(e.target.value) };
            const count = maxLength && <p className="hint char-count">{value.length} de {maxLength} caracteres</p>;
            return node.multiline ? (
              <>
                <textarea className="input" rows={3} {...common} />
                {count}
              </>
            ) : (
              <>
                <input className="input" type={node.inputType} autoComplete="off" {...common} />
                {/* A short field stops typing at its limit; the count says why, once it gets close. */}
                {maxLength && value.length >= Math.floor(maxLength * 0.8) && count}
              </>
            );
          }}
        />
      )}
    </FieldFrame>
  );
}

/**
 * A number the browser cannot read (`1e400`, beyond what a number holds) reaches the form as empty and
 * would be dropped without a word; this says so next to the input instead.
 */
export function useUnreadableNumber(): [boolean, (input: HTMLInputElement) => void, ReactNode] {
  const [unreadable, setUnreadable] = useState(false);
  const check = (input: HTMLInputElement) => setUnreadable(input.validity.badInput || (input.value !== '' && !Number.isFinite(input.valueAsNumber)));
  const message = unreadable ? <FieldErrorMessage message="No es una cantidad que se pueda guardar; escríbela solo con cifras" /> : null;
  return [unreadable, check, message];
}

export function NumberWidget({ node, name }: { node: Extract<FormNode, { kind: 'number' }>; name: string }) {
  const { control } = useFormContext();
  const [unreadable, check, unreadableMessage] = useUnreadableNumber();
  return (
    <FieldFrame node={node} name={name} parts={false}>
      {(a11y) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <>
              <input
                {...a11y}
                aria-invalid={a11y['aria-invalid'] ?? (unreadable || undefined)}
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
                onChange={(e) => {
                  check(e.target);
                  field.onChange(e.target.value === '' ? '' : e.target.valueAsNumber);
                }}
              />
              {unreadableMessage}
            </>
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

export function Select({ a11y, value, options, onChange, onBlur, refCallback, placeholder = 'Selecciona…' }: { a11y: A11y; value: string; options: CatalogOption[]; onChange: (clave: string) => void; onBlur: () => void; refCallback?: (el: HTMLSelectElement | null) => void; placeholder?: string }) {
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
