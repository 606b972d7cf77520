import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { pairItems, toSectionJson, unchangedFrom, type ListNode, type Operation } from '@veraz/standards/form';
import { inputId, useFormEnv, type FormEnv } from './FormEnv';

type Json = Record<string, unknown>;

/** The filer's alternative choices under one item, with paths relative to it (as toSectionJson wants them). */
function choicesUnder(env: FormEnv, itemName: string): Record<string, Record<string, 0 | 1>> {
  const out: Record<string, Record<string, 0 | 1>> = {};
  for (const [path, choice] of Object.entries(env.choices)) {
    if (path === itemName) out[''] = choice;
    else if (path.startsWith(`${itemName}.`)) out[path.slice(itemName.length + 1)] = choice;
  }
  return out;
}

/**
 * What an item of a section-level list is for the declaration, live as the filer types: the copy of
 * a previous filing's item stays SIN_CAMBIOS until a field differs. null when the app does not set it.
 */
export function useItemOperations(node: ListNode, name: string, items: Json[] | undefined): Array<{ operation: Operation | null; previous: Json | null }> {
  const env = useFormEnv();
  const list = items ?? [];
  const { mode, baseline } = env.operations;
  if (mode !== 'derived' || name.includes('.') || !node.item.children.some((c) => c.key === 'tipoOperacion')) {
    return list.map((item) => ({ operation: mode === 'inicial' ? null : ((item?.tipoOperacion as Operation | undefined) ?? null), previous: null }));
  }
  const before = Array.isArray(baseline?.[name]) ? (baseline![name] as Json[]) : [];
  const pairs = pairItems(list, before);
  return list.map((item, index) => {
    const previous = pairs[index] ?? null;
    if (!previous) return { operation: 'AGREGAR', previous };
    if (item?.tipoOperacion === 'BAJA') return { operation: 'BAJA', previous };
    const cleaned = toSectionJson(node.item, item, choicesUnder(env, `${name}.${index}`));
    return { operation: unchangedFrom(cleaned, previous) ? 'SIN_CAMBIOS' : 'MODIFICAR', previous };
  });
}

/** «Dar de baja» for a copied item, «Deshacer la baja» for one already given de baja. */
export function BajaButton({ itemName, label, baja, onBaja }: { itemName: string; label: string; baja: boolean; onBaja: () => void }) {
  const { setValue } = useFormContext();
  if (baja) {
    return (
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setValue(`${itemName}.tipoOperacion`, 'SIN_CAMBIOS', { shouldDirty: true });
          setValue(`${itemName}.motivoBaja`, undefined, { shouldDirty: true });
        }}
      >
        Deshacer la baja de {label}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => {
        setValue(`${itemName}.tipoOperacion`, 'BAJA', { shouldDirty: true });
        onBaja();
        setTimeout(() => document.getElementById(`${inputId(`${itemName}.motivoBaja`)}`)?.focus(), 0);
      }}
    >
      Dar de baja {label}
    </button>
  );
}

/** The body of a BAJA item: it is reported as previously declared; only the motivo (the child) is asked. */
export function BajaBody({ children }: { children: ReactNode }) {
  return (
    <div className="baja-body">
      <p className="hint">Se reportará como baja con los datos de tu declaración anterior. Si lo diste de baja por error, deshaz la baja.</p>
      {children}
    </div>
  );
}
