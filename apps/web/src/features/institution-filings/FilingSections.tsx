import type { FilingView } from '@veraz/contracts';
import { dofSectionRank, dofSectionTitle, fieldText, itemNoun, sectionForm, type EnumLabelsData, type FormLabelsData, type FormNode, type ObjectNode } from '@veraz/standards/form';
import { useEffect, useState } from 'react';
import { valueText } from '../declarations/ChangeList';
import { loadFormStandards, type FormStandards } from '../declarations/form/data/standards';

type Json = Record<string, unknown>;
type Group = 'situacionPatrimonial' | 'interes';

interface Labels {
  labels: FormLabelsData;
  valores: EnumLabelsData;
  tipo: string;
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

  return (
    <section aria-labelledby="contenido-titulo" className="filing-block">
      <h2 id="contenido-titulo">Contenido de la declaración</h2>
      {empty && <p>El documento no tiene secciones.</p>}
      {failed && <p className="error-summary">No se pudieron cargar las etiquetas del formato. Vuelve a cargar la página.</p>}
      {!empty && !standards && !failed && <p className="muted">Cargando el contenido…</p>}
      {standards &&
        sections.map(({ name, data }) => (
          <details key={name} className="filing-section">
            <summary>{dofSectionTitle(name, filing.tipo)}</summary>
            <ObjectView node={sectionForm(standards.oas, name).root} value={data} l={{ labels: standards.labels, valores: standards.valores, tipo: standards.tipo }} />
          </details>
        ))}
    </section>
  );
}

function ObjectView({ node, value, l }: { node: ObjectNode; value: Json; l: Labels }) {
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
            <NodeView node={child} value={value[child.key]} l={l} />
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

function NodeView({ node, value, l }: { node: FormNode; value: unknown; l: Labels }) {
  if (node.kind === 'object' && value && typeof value === 'object' && !Array.isArray(value)) return <ObjectView node={node} value={value as Json} l={l} />;
  if (node.kind === 'list' && Array.isArray(value)) {
    const noun = itemNoun(l.labels, node.labelPath);
    return (
      <ol className="filing-items">
        {value.map((item, i) => (
          <li key={i}>
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
