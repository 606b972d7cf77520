import { useEffect, useState } from 'react';
import type { UseFormWatch } from 'react-hook-form';
import type { FieldError } from '@veraz/contracts';
import { valueProblems, type DeclarationDates } from '@veraz/standards/form';

type Json = Record<string, unknown>;

/**
 * The checks the API runs on every save (CURP, RFC, e-mail, phone, postal code, dates), run here on
 * every change so a field says what is wrong as the filer types, with the same words the API uses.
 */
export function useValueProblems(section: string, snapshot: () => Json, dates: DeclarationDates, watch: UseFormWatch<Json>): FieldError[] {
  const { tipo, fechaTomaPosesion, anioReportado, fechaConclusion } = dates;
  const [problems, setProblems] = useState<FieldError[]>(() => valueProblems(section, snapshot(), dates));
  useEffect(() => {
    const check = () => setProblems(valueProblems(section, snapshot(), { tipo, fechaTomaPosesion, anioReportado, fechaConclusion }));
    const subscription = watch(check);
    return () => subscription.unsubscribe();
  }, [section, snapshot, watch, tipo, fechaTomaPosesion, anioReportado, fechaConclusion]);
  return problems;
}

/** Section-relative path of a problem: a 400 names the section first, a pending list does not. */
export function relativeProblem(problem: FieldError, section: string): FieldError {
  const path = problem.path === section ? '' : problem.path.startsWith(`${section}.`) ? problem.path.slice(section.length + 1) : problem.path;
  return { path, message: problem.message };
}

/** The server's problems plus the form's own, each once. */
export function mergeProblems(server: FieldError[], client: FieldError[], section: string): FieldError[] {
  const out = server.map((p) => relativeProblem(p, section));
  const seen = new Set(out.map((p) => `${p.path}\u0000${p.message}`));
  for (const p of client) if (!seen.has(`${p.path}\u0000${p.message}`)) out.push(p);
  return out;
}
