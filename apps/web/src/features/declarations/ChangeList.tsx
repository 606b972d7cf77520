import { enumText, itemNoun, placeOf, type EnumLabelsData, type FieldChange, type FormLabelsData, type SectionDiff } from '@veraz/standards/form';

type Json = Record<string, unknown>;

/** How an item changed, in words (the badge of the item says the same). */
const OPERATION_TEXT: Record<string, string> = {
  AGREGAR: 'se agrega (nuevo)',
  MODIFICAR: 'modificado',
  BAJA: 'se da de baja',
};

const number = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });

/** A declared value as a person reads it: the catalog's words, amounts with their currency, Sí/No. */
export function valueText(value: unknown, valores: EnumLabelsData): string {
  if (value === undefined || value === null || value === '') return 'sin dato';
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  // Years and percentages read without thousands separators; amounts (below) with them.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return enumText(valores, value);
  if (Array.isArray(value)) return value.map((v) => valueText(v, valores)).join(', ');
  const v = value as Json;
  if ('clave' in v) return typeof v.valor === 'string' && v.valor ? v.valor : String(v.clave);
  if ('valor' in v) return [typeof v.valor === 'number' ? number.format(v.valor) : valueText(v.valor, valores), v.moneda ?? v.unidad].filter(Boolean).join(' ');
  return JSON.stringify(value);
}

function ChangeLine({ change, sectionName, labels, valores, tipo }: { change: FieldChange; sectionName: string; labels: FormLabelsData; valores: EnumLabelsData; tipo: string }) {
  return (
    <li className="change-line">
      <span className="change-field">{placeOf(labels, sectionName, change.name, tipo)}</span>:{' '}
      {change.before === undefined ? null : (
        <>
          <span className="change-before">
            <span className="visually-hidden">antes </span>
            <del>{valueText(change.before, valores)}</del>
          </span>{' '}
          →{' '}
        </>
      )}
      <span className="change-after">
        <span className="visually-hidden">{change.before === undefined ? '' : 'ahora '}</span>
        <ins>{valueText(change.after, valores)}</ins>
      </span>
    </li>
  );
}

/** What a section changes against the previous filing: its own fields, then each item not SIN_CAMBIOS. */
export function ChangeList({ sectionName, diff, labels, valores, tipo }: { sectionName: string; diff: SectionDiff; labels: FormLabelsData; valores: EnumLabelsData; tipo: string }) {
  return (
    <ul className="change-list">
      {diff.fields.map((change) => (
        <ChangeLine key={change.name} change={change} sectionName={sectionName} labels={labels} valores={valores} tipo={tipo} />
      ))}
      {diff.items.map((item) => {
        const noun = itemNoun(labels, `${sectionName}.${item.listKey}`);
        return (
          <li key={`${item.listKey}.${item.index}`} className={`change-item change-item-${item.operation}`}>
            <strong>
              {noun.charAt(0).toUpperCase()}
              {noun.slice(1)} {item.index + 1}
            </strong>
            : {OPERATION_TEXT[item.operation] ?? item.operation}
            {item.changes.length > 0 && (
              <ul>
                {item.changes.map((change) => (
                  <ChangeLine key={change.name} change={change} sectionName={sectionName} labels={labels} valores={valores} tipo={tipo} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
