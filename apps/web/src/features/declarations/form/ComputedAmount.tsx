import { useWatch } from 'react-hook-form';
import { computedAmounts, type FormNode } from '@veraz/standards/form';
import { useFormEnv } from './FormEnv';
import { FieldFrame } from './widgets';

/** "1,750.20 MXN", as the form writes amounts in Mexico. */
function money(valor: number, moneda: string): string {
  return `${new Intl.NumberFormat('es-MX', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(valor)} ${moneda}`;
}

/**
 * An amount the DOF fills in automatically (II.n, II, A, C): shown read-only with the sum of what the
 * filer typed, never typed. Saving writes the same sum (withComputedAmounts), and the API recomputes it.
 */
export function ComputedAmountWidget({ node, name }: { node: Extract<FormNode, { kind: 'money' }>; name: string }) {
  const env = useFormEnv();
  const values = useWatch({});
  const found = computedAmounts(env.sectionName, env.standards.tipo, values).find((c) => c.path === name);
  const value = found?.value;
  const text =
    value === undefined
      ? 'Se calculará cuando captures los montos que suma.'
      : value === 'mixed'
        ? 'No se puede sumar: los montos que suma deben estar en la misma moneda.'
        : money(value.valor, value.moneda ?? 'MXN');
  return (
    <FieldFrame node={node} name={name} parts>
      {(a11y) => (
        <>
          {/* II.n's help (etiquetas.json) says what to report; here the filer reports it item by item. */}
          {name.endsWith('.remuneracionTotal') && <p className="hint">Se calcula automáticamente: suma de los montos de cada elemento.</p>}
          <output
            id={a11y.id}
            aria-describedby={a11y['aria-describedby']}
            aria-live="polite"
            className={typeof value === 'object' ? 'computed-amount' : 'computed-amount pending'}
            data-valor={typeof value === 'object' ? value.valor : undefined}
          >
            {text}
          </output>
        </>
      )}
    </FieldFrame>
  );
}
