import type { DeclarationChanges, DeclarationView, SaveSectionResult, SectionChange, SectionView } from '@veraz/contracts';
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useApi } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useResource } from '../../components/useResource';
import { DeclarationContext, declarationPaths, useDeclaration, type DeclarationContextValue } from './DeclarationContext';
import { CHANGE_LABELS, declarationTitle, formatText, isSectionDone, periodText, STATUS_LABELS } from './labels';
import { ProgressBar } from './ProgressBar';
import { useMediaQuery } from './useMediaQuery';
import '../../styles/declarations.css';

/** Router state set by the start page right after a declaration is created (or reopened). */
export interface DeclarationLocationState {
  started?: boolean;
}

const GROUPS: Array<{ group: SectionView['group']; title: string }> = [
  { group: 'situacionPatrimonial', title: 'I. Declaración de situación patrimonial' },
  { group: 'interes', title: 'II. Declaración de intereses' },
];

/** Below this width the section list folds into a <details> above the form. */
export const NARROW_QUERY = '(max-width: 720px)';

/** Autosave reports often; what changed against the previous filing is re-read once typing pauses. */
const CHANGES_REFRESH_MS = 1500;

/** /declaraciones/:id — loads the declaration and frames its section pages and the review page. */
export default function DeclarationLayout() {
  const { id = '' } = useParams();
  // A different declaration is a different page: start from a clean state.
  return <DeclarationShell key={id} id={id} />;
}

/** /declaraciones/:id — opens the first section still to capture, or the review when all are done. */
export function DeclarationIndex() {
  const { declaration } = useDeclaration();
  const first = declaration.sections.find((s) => !isSectionDone(s.status));
  return <Navigate replace to={first ? declarationPaths.section(declaration.id, first.name) : declarationPaths.review(declaration.id)} />;
}

function DeclarationShell({ id }: { id: string }) {
  const client = useApi();
  const location = useLocation();
  // Read once: the index redirect that follows drops the router state.
  const [justStarted, setJustStarted] = useState(() => Boolean((location.state as DeclarationLocationState | null)?.started));
  const resource = useResource((signal) => client.get<DeclarationView>(`/api/declarations/${encodeURIComponent(id)}`, signal), [client, id]);
  const declaration = resource.data;

  const prefilledFrom = declaration?.prefilledFromFilingId ?? null;
  const [changesVersion, setChangesVersion] = useState(0);
  const changes = useResource<DeclarationChanges | null>(
    (signal) => (prefilledFrom ? client.get<DeclarationChanges>(`/api/declarations/${encodeURIComponent(id)}/changes`, signal) : Promise.resolve(null)),
    [client, id, prefilledFrom, changesVersion],
  );

  // What the copies are compared with never changes during a draft: kept from the first answer.
  const [baselines, setBaselines] = useState<Record<string, Record<string, unknown> | null> | undefined>(undefined);
  useEffect(() => {
    if (changes.data && baselines === undefined) setBaselines(Object.fromEntries(changes.data.sections.map((c) => [c.section, c.previous ?? null])));
  }, [changes.data, baselines]);
  const baselinesOrNull = prefilledFrom ? baselines : null;

  // The resource's helpers are new on every render; the context hands out stable callbacks.
  const latest = useRef(resource);
  latest.current = resource;
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);
  const refreshChangesSoon = useCallback(() => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => setChangesVersion((v) => v + 1), CHANGES_REFRESH_MS);
  }, []);

  const sectionSaved = useCallback(
    (result: SaveSectionResult) => {
      latest.current.setData((d) => ({ ...d, progress: result.progress, sections: replaceSection(d.sections, result.section) }));
      refreshChangesSoon();
    },
    [refreshChangesSoon],
  );
  const sectionReplaced = useCallback(
    (section: SectionView) => {
      latest.current.setData((d) => ({ ...d, sections: replaceSection(d.sections, section) }));
      refreshChangesSoon();
    },
    [refreshChangesSoon],
  );
  const reload = useCallback(() => {
    latest.current.reload();
    setChangesVersion((v) => v + 1);
  }, []);

  const value = useMemo<DeclarationContextValue | null>(
    () => (declaration && baselinesOrNull !== undefined ? { declaration, sectionSaved, sectionReplaced, reload, baselines: baselinesOrNull } : null),
    [declaration, sectionSaved, sectionReplaced, reload, baselinesOrNull],
  );

  if (!declaration || !value) {
    if (resource.error) return <LoadError message={resource.error} onRetry={resource.reload} />;
    if (changes.error) return <LoadError message={changes.error} onRetry={changes.reload} />;
    return <Loading label="Cargando tu declaración…" />;
  }
  if (declaration.status === 'PRESENTADA') {
    return <Navigate replace to={declaration.filingId ? declarationPaths.filing(declaration.filingId) : declarationPaths.list()} />;
  }

  const changeOf = new Map((changes.data?.sections ?? []).map((c) => [c.section, c]));

  function dismissStarted() {
    setJustStarted(false);
    document.getElementById('contenido')?.focus();
  }

  return (
    <DeclarationContext.Provider value={value}>
      <div className="declaration">
        <DeclarationHeader declaration={declaration} onSection={location.pathname.includes('/secciones/')} />
        <Notice tone="info">
          {justStarted && changes.data ? (
            <div className="notice-row">
              <p>{startedMessage(changes.data)}</p>
              <button type="button" className="button button-secondary button-small" onClick={dismissStarted}>
                Cerrar aviso
              </button>
            </div>
          ) : null}
        </Notice>
        <div className="declaration-layout">
          <SectionsSidebar declaration={declaration} changeOf={changeOf} />
          <div className="declaration-content">
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </div>
        </div>
      </div>
    </DeclarationContext.Provider>
  );
}

function replaceSection(sections: SectionView[], section: SectionView): SectionView[] {
  return sections.map((s) => (s.name === section.name ? section : s));
}

function startedMessage(changes: DeclarationChanges): string {
  const copied = changes.sections.filter((c) => c.change === 'SIN_CAMBIOS' || c.change === 'MODIFICADA').length;
  const what = copied === 1 ? 'se copió 1 sección' : `se copiaron ${copied} secciones`;
  return `Partiste de tu declaración con folio ${changes.folio}: ${what}; revisa cada una y actualiza lo que cambió.`;
}

/** On a phone, section pages fold this frame to one line (tipo and progress) so the form starts high. */
function DeclarationHeader({ declaration, onSection }: { declaration: DeclarationView; onSection: boolean }) {
  return (
    <div className={onSection ? 'declaration-header declaration-header-section' : 'declaration-header'}>
      <p className="breadcrumb">
        <Link to={declarationPaths.list()}>Mis declaraciones</Link>
      </p>
      <p className="declaration-kind">{declarationTitle(declaration)}</p>
      <p className="declaration-meta">
        <span>{periodText(declaration)}</span>
        <span>{formatText(declaration.declaracionCompleta)}</span>
        {declaration.correctsFilingId && (
          <span>
            Nota aclaratoria de <Link to={declarationPaths.filing(declaration.correctsFilingId)}>tu declaración presentada</Link>
          </span>
        )}
      </p>
      <ProgressBar value={declaration.progress} label="Avance de la declaración" className="progress-header" />
    </div>
  );
}

function SectionsSidebar({ declaration, changeOf }: { declaration: DeclarationView; changeOf: Map<string, SectionChange> }) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  // On a phone, choosing a section folds the list so the form is what shows.
  useEffect(() => setOpen(false), [pathname]);

  const nav = <SectionsNav declaration={declaration} changeOf={changeOf} />;
  if (!narrow) return <aside className="declaration-sidebar">{nav}</aside>;

  const done = declaration.sections.filter((s) => isSectionDone(s.status)).length;
  return (
    <details className="sections-details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Secciones ({done} de {declaration.sections.length} completas)
      </summary>
      {nav}
    </details>
  );
}

function SectionsNav({ declaration, changeOf }: { declaration: DeclarationView; changeOf: Map<string, SectionChange> }) {
  const baseId = useId();
  return (
    <nav aria-label="Secciones de la declaración" className="sections-nav">
      {GROUPS.map(({ group, title }) => {
        const sections = declaration.sections.filter((s) => s.group === group);
        if (sections.length === 0) return null;
        const titleId = `${baseId}-${group}`;
        return (
          <div key={group} className="sections-group">
            <p id={titleId} className="sections-group-title">
              {title}
            </p>
            <ol aria-labelledby={titleId} className="sections-list">
              {sections.map((section, index) => (
                <li key={section.name}>
                  <NavLink to={declarationPaths.section(declaration.id, section.name)} className="section-link">
                    <span className="section-name">
                      {index + 1}. {section.label}
                    </span>
                    <Badges status={section.status} change={changeOf.get(section.name)} />
                  </NavLink>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
      <p className="sections-review">
        <NavLink to={declarationPaths.review(declaration.id)} className="button button-link">
          Revisar y firmar
        </NavLink>
      </p>
    </nav>
  );
}

function Badges({ status, change }: { status: SectionView['status']; change?: SectionChange }) {
  const changeLabel = change ? CHANGE_LABELS[change.change] : undefined;
  const parts: ReactNode[] = [
    <span key="status" className={`section-status section-status-${statusClass(status)}`}>
      <span className="visually-hidden">, </span>
      {STATUS_LABELS[status]}
    </span>,
  ];
  if (changeLabel) {
    parts.push(
      <span key="change" className={`section-change section-change-${change!.change.toLowerCase()}`}>
        <span className="visually-hidden">, </span>
        {changeLabel}
      </span>,
    );
  }
  return <span className="section-badges">{parts}</span>;
}

function statusClass(status: SectionView['status']): string {
  switch (status) {
    case 'vacía':
      return 'vacia';
    case 'en captura':
      return 'captura';
    case 'completa':
      return 'completa';
    case 'ninguno':
      return 'ninguno';
  }
}
