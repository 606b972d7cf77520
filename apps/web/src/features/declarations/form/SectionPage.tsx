import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import '../../../styles/form.css';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import type { FieldError, SectionView } from '@veraz/contracts';
import { applyOperations, operationMode, sectionForm, toSectionJson, withComputedAmounts, type SectionForm } from '@veraz/standards/form';
import { useApi } from '../../../app/session';
import { usePageTitle } from '../../../app/usePageTitle';
import { RequiredNote } from '../../../components/FieldParts';
import { Loading } from '../../../components/Loading';
import { declarationPaths, useDeclaration } from '../DeclarationContext';
import { loadFormStandards, type FormStandards } from './data/standards';
import { errorMap, FormEnvContext, mexicoToday, type FormEnv } from './FormEnv';
import { ObjectFields } from './SectionFields';
import { SaveStatus } from './SaveStatus';
import { ProblemSummary } from './ProblemSummary';
import { SectionChanges } from './SectionChanges';
import { useFocusLinkedField } from './linkedField';
import { forgetLocalCopy, readLocalCopy, useAutosave } from './useAutosave';
import { mergeProblems, relativeProblem, useValueProblems } from './useValueProblems';

type Json = Record<string, unknown>;

/** One section of the wizard: the form built from the tipo's OAS, saved as the filer types. */
export default function SectionPage() {
  const { section: name = '' } = useParams();
  const { declaration } = useDeclaration();
  const [standards, setStandards] = useState<FormStandards | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const view = declaration.sections.find((s) => s.name === name);
  usePageTitle(view?.label ?? 'Sección');

  useEffect(() => {
    let live = true;
    setLoadError(false);
    loadFormStandards(declaration.tipo).then(
      (data) => live && setStandards(data),
      () => live && setLoadError(true),
    );
    return () => {
      live = false;
    };
  }, [declaration.tipo, attempt]);

  if (!view) {
    return (
      <section>
        <h1>Sección no encontrada</h1>
        <p>Esta declaración no tiene la sección «{name}».</p>
      </section>
    );
  }
  if (loadError) {
    return (
      <div role="alert" className="notice notice-error">
        <p>No se pudo cargar el formulario. Revisa tu conexión.</p>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          Reintentar
        </button>
      </div>
    );
  }
  if (!standards) return <Loading label="Cargando el formulario…" />;
  return <SectionEditor key={`${declaration.id}:${name}`} view={view} standards={standards} />;
}

function SectionEditor({ view, standards }: { view: SectionView; standards: FormStandards }) {
  const api = useApi();
  const navigate = useNavigate();
  const { declaration, sectionSaved, sectionReplaced, baselines } = useDeclaration();
  const form: SectionForm = useMemo(() => sectionForm(standards.oas, view.name), [standards.oas, view.name]);
  const operations = useMemo(
    () => ({ mode: operationMode(declaration.tipo, baselines !== null), baseline: baselines ? (baselines[view.name] ?? {}) : null }),
    [declaration.tipo, baselines, view.name],
  );
  // Unsent edits from this device (offline, closed tab) win over the server copy of the same version.
  const [local] = useState(() => readLocalCopy(declaration.id, view.name));
  const restored = local && local.version === view.version && JSON.stringify(local.data) !== JSON.stringify(view.data ?? {});
  const staleLocal = local && local.version !== view.version && JSON.stringify(local.data) !== JSON.stringify(view.data ?? {});
  const methods = useForm<Json>({ defaultValues: (restored ? local.data : (view.data ?? {})) as Json, mode: 'onTouched' });
  const [problems, setProblems] = useState<FieldError[]>(view.pending);
  // Read right after a save, before React re-renders with the new problems.
  const problemsRef = useRef(problems);
  const [choices, setChoices] = useState<Record<string, Record<string, 0 | 1>>>({});
  const choicesRef = useRef(choices);
  choicesRef.current = choices;
  const [reviewAll, setReviewAll] = useState(view.status === 'en captura');
  const [summaryOpen, setSummaryOpen] = useState(false);

  // The automatic totals (II, A, C…) are saved as the form shows them: the sums, never typed; then
  // tipoOperacion, the app's to set (INICIAL, or a copy of a previous filing), is derived on every save.
  const snapshot = useCallback(
    () =>
      applyOperations(
        form.root,
        operations.mode,
        withComputedAmounts(view.name, standards.tipo, toSectionJson(form.root, methods.getValues(), choicesRef.current)),
        operations.baseline,
      ),
    [form.root, methods, operations, view.name, standards.tipo],
  );
  const autosave = useAutosave({
    api,
    declarationId: declaration.id,
    section: view,
    snapshot,
    onSaved: (result) => {
      problemsRef.current = result.section.pending;
      setProblems(result.section.pending);
      sectionSaved(result);
    },
    onRejected: (errors) => {
      problemsRef.current = errors;
      setProblems(errors);
      // What is on screen was refused: the section is not complete, whatever the last save said.
      if (errors.length) sectionReplaced({ ...view, status: 'en captura', pending: errors.map((e) => relativeProblem(e, view.name)) });
    },
  });
  const valueProblems = useValueProblems(view.name, snapshot, declaration, methods.watch);

  useEffect(() => {
    const subscription = methods.watch(() => autosave.schedule());
    if (restored) autosave.schedule();
    return () => subscription.unsubscribe();
    // Subscribe once per section editor.
  }, []);

  const env: FormEnv = useMemo(
    () => ({
      standards,
      sectionName: view.name,
      errors: errorMap(mergeProblems(problems, valueProblems, view.name), view.name),
      showErrorsFor: (n: string) => reviewAll || methods.getFieldState(n).isTouched,
      choices,
      choose: (objectName, key, choice) => {
        setChoices((prev) => {
          const next = { ...prev, [objectName]: { ...prev[objectName], [key]: choice } };
          choicesRef.current = next;
          return next;
        });
        autosave.schedule();
      },
      today: mexicoToday(),
      operations,
    }),
    [standards, view.name, problems, valueProblems, reviewAll, choices, methods, autosave.schedule, operations],
  );

  const order = declaration.sections.map((s) => s.name);
  const index = order.indexOf(view.name);
  const previous = index > 0 ? order[index - 1] : null;
  const next = index < order.length - 1 ? order[index + 1] : null;
  const nextPath = next ? declarationPaths.section(declaration.id, next) : declarationPaths.review(declaration.id);
  const groupIndex = declaration.sections.filter((s) => s.group === view.group).findIndex((s) => s.name === view.name) + 1;
  const help = standards.labels.secciones[view.name]?.ayuda;

  const saveAndContinue = async () => {
    await autosave.save();
    setReviewAll(true);
    if (autosave.isSaved() && problemsRef.current.length === 0) navigate(nextPath);
    else setSummaryOpen(true);
  };

  // A section opens at its top with focus on its title («Guardar y continuar» lands here).
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  // …unless a link (the self-check's) asked for one field.
  useFocusLinkedField(form.root, view.name);

  const conflict = autosave.state.phase === 'conflict' ? autosave.state : null;

  return (
    <FormEnvContext.Provider value={env}>
      <FormProvider {...methods}>
        <article className="section-page" aria-labelledby="seccion-titulo">
          <p className="eyebrow">{view.group === 'interes' ? 'II. Declaración de intereses' : 'I. Declaración de situación patrimonial'}</p>
          <h1 id="seccion-titulo" ref={headingRef} tabIndex={-1}>
            {groupIndex}. {view.label}
          </h1>
          <SaveStatus state={autosave.state} onRetry={() => void autosave.save()} />
          {help && <p className="section-help">{help}</p>}
          {restored && (
            <p className="notice notice-info" role="status">
              Recuperamos cambios que escribiste en este equipo y aún no se habían guardado; los estamos guardando.
            </p>
          )}
          {staleLocal && !conflict && (
            <StaleCopyNotice
              onDiscard={() => forgetLocalCopy(declaration.id, view.name)}
              onUse={() => {
                methods.reset(local.data);
                autosave.schedule();
              }}
            />
          )}
          {conflict && (
            <div className="notice notice-warning" role="alert">
              <h2>Esta sección cambió en otra ventana o dispositivo</h2>
              <p>Lo que escribiste aquí sigue en pantalla y guardado en este equipo. Elige qué versión conservar:</p>
              <div className="button-row">
                <button type="button" className="button" onClick={() => void autosave.resolveConflict('mine', conflict.server)}>
                  Conservar lo que escribí aquí
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    methods.reset((conflict.server?.data ?? {}) as Json);
                    if (conflict.server) {
                      sectionReplaced(conflict.server);
                      setProblems(conflict.server.pending);
                    }
                    void autosave.resolveConflict('server', conflict.server);
                  }}
                >
                  Usar la versión guardada
                </button>
              </div>
            </div>
          )}
          {summaryOpen && <ProblemSummary problems={problems} sectionName={view.name} />}
          {operations.mode === 'derived' && <SectionChanges root={form.root} snapshot={snapshot} />}
          <RequiredNote />
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void saveAndContinue();
            }}
          >
            <ObjectFields node={form.root} name="" bare />
            <div className="wizard-nav">
              {previous ? (
                <Link className="button button-secondary" to={declarationPaths.section(declaration.id, previous)}>
                  ← Sección anterior
                </Link>
              ) : (
                <span />
              )}
              <button type="submit" className="button">{next ? 'Guardar y continuar' : 'Guardar e ir a revisión'}</button>
              <Link to={nextPath} className="skip-link-inline">
                {next ? 'Ir a la siguiente sin revisar' : 'Ir a revisión'}
              </Link>
            </div>
          </form>
        </article>
      </FormProvider>
    </FormEnvContext.Provider>
  );
}

function StaleCopyNotice({ onUse, onDiscard }: { onUse: () => void; onDiscard: () => void }) {
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>En este equipo hay cambios sin guardar de una versión anterior de esta sección, y la sección se guardó después desde otro lugar.</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            onUse();
            setHidden(true);
          }}
        >
          Usar los cambios de este equipo
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            onDiscard();
            setHidden(true);
          }}
        >
          Conservar la versión guardada
        </button>
      </div>
    </div>
  );
}
