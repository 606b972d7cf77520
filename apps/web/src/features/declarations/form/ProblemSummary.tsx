import { useEffect, useRef } from 'react';
import type { FieldError } from '@veraz/contracts';
import { placeOf } from '@veraz/standards/form';
import { formName, inputId, useFormEnv } from './FormEnv';
import { focusField } from './focusField';

/** What keeps the section from being complete, with links that take the keyboard to each field. */
export function ProblemSummary({ problems, sectionName }: { problems: FieldError[]; sectionName: string }) {
  const env = useFormEnv();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="problemas-titulo">
      <h2 id="problemas-titulo" tabIndex={-1} ref={heading}>
        Falta completar o corregir {problems.length === 1 ? '1 dato' : `${problems.length} datos`} en esta sección
      </h2>
      <ul>
        {problems.map((p, i) => {
          const relative = p.path === sectionName ? '' : p.path.startsWith(`${sectionName}.`) ? p.path.slice(sectionName.length + 1) : p.path;
          const name = formName(relative);
          return (
            <li key={`${p.path}-${i}`}>
              <a
                href={`#${inputId(name)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(name);
                }}
              >
                {placeOf(env.standards.labels, sectionName, name, env.standards.tipo) || 'Sección'}: {p.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
