import type { DeclarationView } from '@veraz/contracts';
import type { FormLabelsData } from '@veraz/standards/form';
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { declarationPaths } from '../DeclarationContext';
import { pendingLine, sectionOfPath } from '../pendingPaths';

export interface BlockedSection {
  name: string;
  label: string;
  /** False for paths outside any offered section (they get no link). */
  known: boolean;
  lines: string[];
}

/** What still stops the signature, grouped by section with links to them. */
export const BlockedSections = forwardRef<HTMLDivElement, { sections: BlockedSection[]; declarationId: string }>(function BlockedSections({ sections, declarationId }, ref) {
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h3 className="error-summary-title">Aún no puedes firmar: revisa estas secciones</h3>
      <ul>
        {sections.map((section) => (
          <li key={section.name || 'otros'}>
            {section.known ? <Link to={declarationPaths.section(declarationId, section.name)}>{section.label}</Link> : section.label}
            <ul>
              {section.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
});

export function groupBySection(fieldErrors: { path: string; message: string }[], declaration: DeclarationView, labels: FormLabelsData | null): BlockedSection[] {
  const groups = new Map<string, BlockedSection>();
  for (const problem of fieldErrors) {
    const section = declaration.sections.find((s) => s.name === sectionOfPath(problem.path));
    const name = section?.name ?? '';
    const group = groups.get(name) ?? { name, label: section?.label ?? 'Otros datos de la declaración', known: Boolean(section), lines: [] };
    group.lines.push(pendingLine(problem.path, problem.message, name, labels, declaration.tipo));
    groups.set(name, group);
  }
  return [...groups.values()];
}
