import { useRef, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { ALTERNATIVES, chosenAlternative, enumText, hiddenKeys, isComputedAmount, itemNoun, noneOf, type FormNode, type ListNode, type ObjectNode } from '@veraz/standards/form';
import { FieldErrorMessage } from '../../../components/FieldParts';
import { capitalize, inputId, labelPathOf, problemsOf, textOf, useFormEnv } from './FormEnv';
import { CatalogListWidget, CatalogWidget, GeoWidget, MoneyWidget } from './choice-widgets';
import { ComputedAmountWidget } from './ComputedAmount';
import { BajaBody, BajaButton, useItemOperations } from './ItemOperation';
import { BooleanWidget, DateWidget, EnumWidget, NumberWidget, TextWidget } from './widgets';

type Json = Record<string, unknown>;

const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/** One field of the form, by the kind of its schema node. */
export function NodeField({ node, name }: { node: FormNode; name: string }) {
  const env = useFormEnv();
  switch (node.kind) {
    case 'object':
      return <ObjectFields node={node} name={name} />;
    case 'list':
      return <ListField node={node} name={name} />;
    case 'text':
      return <TextWidget node={node} name={name} />;
    case 'number':
      return <NumberWidget node={node} name={name} />;
    case 'date':
      return <DateWidget node={node} name={name} />;
    case 'boolean':
      return <BooleanWidget node={node} name={name} asCheckbox={node.key === 'ninguno'} />;
    case 'enum':
      return <EnumWidget node={node} name={name} />;
    case 'catalog':
      return <CatalogWidget node={node} name={name} />;
    case 'catalogList':
      return <CatalogListWidget node={node} name={name} />;
    case 'money':
      if (isComputedAmount(labelPathOf(env.sectionName, name), env.standards.tipo)) return <ComputedAmountWidget node={node} name={name} />;
      return <MoneyWidget node={node} name={name} />;
    default:
      return <GeoWidget node={node} name={name} />;
  }
}

/**
 * The fields of an object, minus those the filer's answers make irrelevant (hiddenKeys), with a
 * chooser in front of alternatives (México / extranjero). The section root has no frame of its own.
 */
export function ObjectFields({ node, name, bare }: { node: ObjectNode; name: string; bare?: boolean }) {
  const env = useFormEnv();
  const watched = useWatch({ name: name || undefined } as { name: string }) as Json | undefined;
  const value = (name ? watched : watched) ?? {};
  const choices = env.choices[name] ?? {};
  const hidden = hiddenKeys(node, value, choices);
  const keys = new Set(node.children.map((c) => c.key));
  const problems = name && env.showErrorsFor(name) ? problemsOf(env.errors, name, false) : [];

  const content = node.children.map((child) => {
    const pair = ALTERNATIVES.find((a) => a.keys[0] === child.key && keys.has(a.keys[1]));
    const chooser = pair && !keys.has('lugarDondeReside') && (!hidden.has(pair.keys[0]) || !hidden.has(pair.keys[1])) ? (
      <AlternativeChooser key={`${child.key}-choice`} objectName={name} pair={pair} chosen={chosenAlternative(node, value, pair.keys, choices[pair.keys[0]])} />
    ) : null;
    if (hidden.has(child.key)) return chooser;
    // The app sets tipoOperacion unless the filer has no previous filing here; a motivo only for a BAJA.
    if (child.key === 'tipoOperacion' && env.operations.mode !== 'stated') return chooser;
    if (child.key === 'motivoBaja' && value.tipoOperacion !== 'BAJA') return chooser;
    return (
      <div key={child.key} className={`node node-${child.kind}`}>
        {chooser}
        <NodeField node={child} name={join(name, child.key)} />
      </div>
    );
  });

  if (bare) return <>{content}</>;
  const { label, help } = textOf(env, labelPathOf(env.sectionName, name));
  const id = inputId(name);
  return (
    <fieldset className="subsection" id={id} tabIndex={-1}>
      <legend>{label}</legend>
      {help && <p className="hint">{help}</p>}
      <FieldErrorMessage message={problems.map(capitalize).join('. ')} />
      {content}
    </fieldset>
  );
}

function AlternativeChooser({ objectName, pair, chosen }: { objectName: string; pair: (typeof ALTERNATIVES)[number]; chosen: 0 | 1 | null }) {
  const env = useFormEnv();
  const { setValue } = useFormContext();
  const id = `${inputId(objectName)}-${pair.keys[0]}-opcion`;
  return (
    <fieldset className="field-group alternative" aria-labelledby={`${id}-pregunta`}>
      <legend id={`${id}-pregunta`}>{pair.question}</legend>
      <div className="radio-row">
        {pair.labels.map((label, index) => (
          <label key={label} className="radio">
            <input
              type="radio"
              name={id}
              id={`${id}-${index}`}
              checked={chosen === index}
              onChange={() => {
                env.choose(objectName, pair.keys[0], index as 0 | 1);
                // The side not chosen is not part of the declaration any more.
                setValue(join(objectName, pair.keys[1 - index]!), undefined, { shouldDirty: true });
              }}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A one-line description of an item for its collapsed card. */
function summaryOf(value: Json | undefined): string {
  if (!value) return '';
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (key === 'tipoOperacion' || parts.length >= 3) continue;
    if (typeof v === 'string' && v.trim()) parts.push(v.trim());
    else if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Json).valor === 'string') parts.push(String((v as Json).valor));
    else if (v && typeof v === 'object' && typeof (v as Json).valor === 'number') parts.push(new Intl.NumberFormat('es-MX').format((v as Json).valor as number) + ` ${(v as Json).moneda ?? ''}`.trimEnd());
  }
  return parts.join(' · ');
}

/** A list of items (inmuebles, vehículos, escolaridad...): add, edit (expand), remove with confirmation. */
export function ListField({ node, name }: { node: ListNode; name: string }) {
  const env = useFormEnv();
  const { control, getValues, setValue } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const items = useWatch({ name }) as Json[] | undefined;
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const [confirming, setConfirming] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const labelPath = labelPathOf(env.sectionName, name);
  const noun = itemNoun(env.standards.labels, labelPath);
  const Noun = capitalize(noun);
  const { label, help } = textOf(env, labelPath);
  const problems = env.showErrorsFor(name) ? problemsOf(env.errors, name, false) : [];
  const hasOperation = node.item.children.some((c) => c.key === 'tipoOperacion');
  const operations = useItemOperations(node, name, items);
  const motivoNode = node.item.children.find((c) => c.key === 'motivoBaja');

  const add = () => {
    const sectionLevel = !name.includes('.');
    if (sectionLevel && getValues('ninguno') !== false && node.key !== 'ninguno') setValue('ninguno', false, { shouldDirty: true });
    append(hasOperation ? { tipoOperacion: 'AGREGAR' } : {}, { shouldFocus: false });
    // The new item opens for editing; its id is only known after render, so open "the last one".
    setOpen((prev) => new Set(prev).add(`nuevo-${fields.length}`));
    setTimeout(() => document.getElementById(`${inputId(`${name}.${fields.length}`)}-titulo`)?.focus(), 0);
  };

  return (
    <section className="list-field" aria-labelledby={`${inputId(name)}-titulo`} data-field={name}>
      <h3 id={`${inputId(name)}-titulo`} className="list-title">
        {label}
      </h3>
      {help && <p className="hint">{help}</p>}
      <FieldErrorMessage message={problems.map(capitalize).join('. ')} />
      {fields.length === 0 && <p className="empty">Aún no agregas {noneOf(env.standards.labels, labelPath)}.</p>}
      <ol className="list-items">
        {fields.map((field, index) => {
          const itemName = `${name}.${index}`;
          const isOpen = open.has(field.id) || open.has(`nuevo-${index}`);
          const value = items?.[index];
          const { operation, previous } = operations[index] ?? { operation: null, previous: null };
          // A copy of a previous filing's item is never deleted: it is reported as BAJA.
          const copied = previous !== null;
          const baja = copied && operation === 'BAJA';
          const itemProblems = problemsOf(env.errors, itemName, true).length;
          return (
            <li key={field.id} className={isOpen ? 'list-item open' : 'list-item'}>
              <div className="list-item-header">
                <h4 id={`${inputId(itemName)}-titulo`} tabIndex={-1}>
                  {Noun} {index + 1}
                  {operation && <span className={`badge operation-${operation}`}>{enumText(env.standards.valores, operation)}</span>}
                  {itemProblems > 0 && env.showErrorsFor(itemName) && <span className="badge badge-warning">Por completar</span>}
                </h4>
                {!isOpen && <p className="item-summary">{summaryOf(baja ? previous : value) || 'Sin datos todavía'}</p>}
                <div className="item-actions">
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-expanded={isOpen}
                    aria-controls={`${inputId(itemName)}-contenido`}
                    onClick={() =>
                      setOpen((prev) => {
                        const next = new Set(prev);
                        next.delete(`nuevo-${index}`);
                        if (isOpen) next.delete(field.id);
                        else next.add(field.id);
                        return next;
                      })
                    }
                  >
                    {isOpen ? `Ocultar ${noun} ${index + 1}` : `Editar ${noun} ${index + 1}`}
                  </button>
                  {copied ? (
                    <BajaButton itemName={itemName} label={`${noun} ${index + 1}`} baja={baja} onBaja={() => setOpen((prev) => new Set(prev).add(field.id))} />
                  ) : confirming === field.id ? (
                    <span className="confirm" role="group" aria-label={`Confirmar quitar ${noun} ${index + 1}`}>
                      ¿Quitar {noun} {index + 1}?{' '}
                      <button
                        type="button"
                        className="button button-danger"
                        onClick={() => {
                          remove(index);
                          setConfirming(null);
                          setOpen(new Set());
                          addButton.current?.focus();
                        }}
                      >
                        Sí, quitar
                      </button>{' '}
                      <button type="button" className="button button-secondary" onClick={() => setConfirming(null)} autoFocus>
                        Cancelar
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button button-secondary" onClick={() => setConfirming(field.id)}>
                      Quitar {noun} {index + 1}
                    </button>
                  )}
                </div>
              </div>
              <div id={`${inputId(itemName)}-contenido`} hidden={!isOpen} className="list-item-body">
                {baja ? (
                  <BajaBody>{motivoNode && <NodeField node={motivoNode} name={`${itemName}.motivoBaja`} />}</BajaBody>
                ) : (
                  <ObjectFields node={node.item} name={itemName} bare />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" ref={addButton} className="button button-secondary add-item" onClick={add}>
        Agregar {noun}
      </button>
    </section>
  );
}
