import type { FilingView } from '@veraz/contracts';
import { dofSectionRank, dofSectionTitle, fieldText, itemNoun, sectionForm, type EnumLabelsData, type FormLabelsData, type FormNode, type ObjectNode } from '@veraz/standards/form';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { valueText } from '../declarations/ChangeList';
import { loadFormStandards, type FormStandards } from '../declarations/form/data/standards';

type Json = Record<string, unknown>;
type Group = 'situacionPatrimonial' | 'interes';

interface Labels {
  labels: FormLabelsData;
  valores: EnumLabelsData;
  tipo: string;
}

/** The anchor of a section on the filing's page, or of an item of the section's list (0-based), as risk flags link to them. */
export function sectionAnchor(section: string, item?: number | null): string {
  return item === undefined || item === null ? `seccion-${section}` : `seccion-${section}-${item + 1}`;
}

/** The sections of a filed document in the DOF order, each with its data. */
export function documentSections(document: Json): Array<{ name: string; group: Group; data: Json }> {
  const declaracion = (document.declaracion ?? {}) as Record<Group, Json | undefined>;
  const out: Array<{ name: string; group: Group; data: Json }> = [];
  for (const group of ['situacionPatrimonial', 'interes'] as const) {
    for (const [name, data] of Object.entries(declaracion[group] ?? {})) if (data && typeof data === 'object') out.push({ name, group, data: data as Json });
  }
  return out.sort((a, b) => dofSectionRank(a.name, a.group) - dofSectionRank(b.name, b.group));
}

/**
 * The whole private declaration as filed, section by section in the order and with the labels of the
 * DOF forms (etiquetas.json, the texts the PDF prints). Each section opens on demand.
 */
export function FilingSections({ filing }: { filing: FilingView }) {
  const [standards, setStandards] = useState<FormStandards | null>(null);
  const [failed, setFailed] = useState(false);
  const sections = documentSections(filing.document);
  const empty = sections.length === 0;
  useEffect(() => {
    let live = true;
    // The OAS and labels are large: only fetched when there is something to show.
    if (!empty) loadFormStandards(filing.tipo).then((data) => live && setStandards(data), () => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [filing.tipo, empty]);
  useOpenLinkedSection(standards !== null);

  return (
    <section aria-labelledby="contenido-titulo" className="filing-block">
      <h2 id="contenido-titulo">Contenido de la declaración</h2>
      {empty && <p>El documento no tiene secciones.</p>}
      {failed && <p className="error-summary">No se pudieron cargar las etiquetas del formato. Vuelve a cargar la página.</p>}
      {!empty && !standards && !failed && <p className="muted">Cargando el contenido…</p>}
      {standards &&
        sections.map(({ name, data }) => (
          <details key={name} id={sectionAnchor(name)} className="filing-section">
            <summary>{dofSectionTitle(name, filing.tipo)}</summary>
            <ObjectView node={sectionForm(standards.oas, name).root} value={data} l={{ labels: standards.labels, valores: standards.valores, tipo: standards.tipo }} anchor={sectionAnchor(name)} />
          </details>
        ))}
    </section>
  );
}

/**
 * A link to `#seccion-…` (a risk flag's source) opens that section, scrolls to it and moves the focus
 * there, once the sections are on the page; following the same link again does it again.
 */
function useOpenLinkedSection(ready: boolean) {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith('#seccion-')) return;
    const id = decodeURIComponent(hash.slice(1));
    // An item the page does not number (a nested list) falls back to its section.
    const target = document.getElementById(id) ?? document.getElementById(id.replace(/-\d+$/, ''));
    const section = target?.closest('details');
    if (!target || !section) return;
    section.open = true;
    const focusable = target === section ? section.querySelector('summary') : target;
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
    focusable?.focus({ preventScroll: true });
  }, [ready, hash, key]);
}

/** `anchor` numbers the items of the section's own lists (not of lists nested in them). */
function ObjectView({ node, value, l, anchor }: { node: ObjectNode; value: Json; l: Labels; anchor?: string }) {
  const known = new Set(node.children.map((c) => c.key));
  const children = node.children.filter((c) => !isBlank(value[c.key]));
  // Keys a newer standard adds still show, after the known ones, under their own name.
  const extra = Object.keys(value).filter((k) => !known.has(k) && !isBlank(value[k]));
  if (children.length + extra.length === 0) return <p className="muted">Sin datos.</p>;
  return (
    <dl className="filing-data">
      {children.map((child) => (
        <div key={child.key}>
          <dt>{fieldText(l.labels, child.labelPath, l.tipo).label}</dt>
          <dd>
            <NodeView node={child} value={value[child.key]} l={l} anchor={anchor} />
          </dd>
        </div>
      ))}
      {extra.map((key) => (
        <div key={key}>
          <dt>{fieldText(l.labels, `${node.labelPath}.${key}`, l.tipo).label}</dt>
          <dd>{valueText(value[key], l.valores)}</dd>
        </div>
      ))}
    </dl>
  );
}

function NodeView({ node, value, l, anchor }: { node: FormNode; value: unknown; l: Labels; anchor?: string }) {
  if (node.kind === 'object' && value && typeof value === 'object' && !Array.isArray(value)) return <ObjectView node={node} value={value as Json} l={l} />;
  if (node.kind === 'list' && Array.isArray(value)) {
    const noun = itemNoun(l.labels, node.labelPath);
    return (
      <ol className="filing-items">
        {value.map((item, i) => (
          <li key={i} id={anchor ? `${anchor}-${i + 1}` : undefined} tabIndex={anchor ? -1 : undefined}>
            <p className="filing-item-title">
              {noun.charAt(0).toUpperCase() + noun.slice(1)} {i + 1} de {value.length}
            </p>
            <ObjectView node={node.item} value={(item ?? {}) as Json} l={l} />
          </li>
        ))}
      </ol>
    );
  }
  return <>{valueText(value, l.valores)}</>;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
