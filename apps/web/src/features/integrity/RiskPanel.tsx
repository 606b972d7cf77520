import { RISK_RULES, RISK_SEVERITIES, type DeclarationTipo, type FilingRiskView, type FilingView, type RiskFigure, type RiskFlag, type RiskSource } from '@veraz/contracts';
import { dofSectionTitle } from '@veraz/standards/form';
import { Link } from 'react-router';
import { useApi } from '../../app/session';
import { formatDateTime, formatMoney } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useResource } from '../../components/useResource';
import { sectionAnchor } from '../institution-filings/FilingSections';
import { institutionFilingPaths } from '../institution-filings/paths';
import { integrityPaths } from './paths';
import { pointsText, signalsText, SeverityBadge } from './RiskBadge';

/**
 * «Señales de riesgo» of a filing, for the institution's reviewers and administrators: each flag with
 * its rule, severity, explanation, figures and sources, under the threshold version that produced it;
 * scores under older versions stay readable below.
 */
export function RiskPanel({ filing }: { filing: FilingView }) {
  const client = useApi();
  const path = `/api/filings/${encodeURIComponent(filing.id)}/risk`;
  const risk = useResource((signal) => client.get<FilingRiskView[]>(path, signal), [client, path]);
  const [latest, ...older] = risk.data ?? [];

  return (
    <section aria-labelledby="riesgo-titulo" className="filing-block">
      <h2 id="riesgo-titulo">Señales de riesgo</h2>
      <p>
        <Link to={integrityPaths.person(filing.filer.userId)}>Ver la evolución patrimonial de {filing.filer.nombreCompleto}</Link>
      </p>
      {risk.loading && !risk.data && <Loading label="Cargando las señales de riesgo…" />}
      {risk.error && <LoadError message={risk.error} onRetry={risk.reload} />}
      {risk.data && !latest && <p>Esta declaración todavía no se ha evaluado. Se evalúa poco después de presentarse.</p>}
      {latest && (
        <>
          <Evaluation view={latest} filing={filing} />
          {older.length > 0 && (
            <details className="risk-history">
              <summary>Evaluaciones anteriores ({older.length})</summary>
              <ul>
                {older.map((view) => (
                  <li key={view.thresholdVersion}>
                    <OlderEvaluation view={view} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function Evaluation({ view, filing }: { view: FilingRiskView; filing: FilingView }) {
  const flags = sortFlags(view.flags);
  return (
    <>
      <p className="risk-summary">
        <strong>
          Puntaje: {pointsText(view.score)} · {signalsText(flags.length)}
        </strong>
        <span>
          Umbrales versión {view.thresholdVersion}
          {view.current ? ' (vigente)' : ' (ya no es la vigente: se volverá a evaluar)'}
        </span>
        <span className="muted">Evaluada el {formatDateTime(view.scoredAt)}</span>
      </p>
      {flags.length === 0 ? (
        <p>Ninguna regla señaló esta declaración con los umbrales de la versión {view.thresholdVersion}.</p>
      ) : (
        <ol className="risk-flags" aria-label="Señales de esta declaración">
          {flags.map((flag, i) => (
            <FlagItem key={`${flag.code}-${i}`} flag={flag} filing={filing} />
          ))}
        </ol>
      )}
    </>
  );
}

function FlagItem({ flag, filing }: { flag: RiskFlag; filing: FilingView }) {
  return (
    <li className={`risk-flag risk-flag-${flag.severity}`}>
      <h3>
        {RISK_RULES[flag.code]?.title ?? flag.code} <SeverityBadge severity={flag.severity} />
      </h3>
      <p>{flag.explanation}</p>
      {flag.figures.length > 0 && (
        <dl className="risk-figures">
          {flag.figures.map((figure, i) => (
            <div key={i}>
              <dt>{figure.label}</dt>
              <dd>{figureText(figure)}</dd>
            </div>
          ))}
        </dl>
      )}
      {flag.sources.length > 0 && (
        <>
          <p className="muted">{flag.sources.length === 1 ? 'De dónde sale:' : 'De dónde salen las cifras:'}</p>
          <ul className="risk-sources">
            {flag.sources.map((source, i) => (
              <li key={i}>
                <SourceLink source={source} filing={filing} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** Folio, section and item of a figure; a link to that place of this page, or of the other filing's. */
function SourceLink({ source, filing }: { source: RiskSource; filing: FilingView }) {
  const text = sourceText(source, filing.tipo);
  if (!source.section) {
    return source.filingId === filing.id ? <>{text}</> : <Link to={institutionFilingPaths.filing(source.filingId)}>{text}</Link>;
  }
  const base = source.filingId === filing.id ? '' : institutionFilingPaths.filing(source.filingId);
  return <Link to={`${base}#${sectionAnchor(source.section, source.item)}`}>{text}</Link>;
}

export function sourceText(source: RiskSource, tipo: DeclarationTipo): string {
  const parts = [`Folio ${source.folio}`];
  if (source.section) parts.push(dofSectionTitle(source.section, tipo));
  else parts.push('obligación de declarar');
  if (source.item !== null) parts.push(`registro ${source.item + 1}`);
  return parts.join(' · ');
}

function OlderEvaluation({ view }: { view: FilingRiskView }) {
  const titles = sortFlags(view.flags).map((f) => RISK_RULES[f.code]?.title ?? f.code);
  return (
    <>
      Umbrales versión {view.thresholdVersion}: {pointsText(view.score)}, {signalsText(view.flags.length)} (evaluada el {formatDateTime(view.scoredAt)})
      {titles.length > 0 && `: ${titles.join('; ')}.`}
    </>
  );
}

/** Amounts in MXN unless the figure names its currency; a text figure (a count, a ratio, a date) as it comes. */
export function figureText(figure: RiskFigure): string {
  return typeof figure.value === 'number' ? formatMoney(figure.value, figure.currency ?? 'MXN') : figure.value;
}

/** The most severe first; the rule could not be evaluated (INFORMATIVA) last. */
function sortFlags(flags: RiskFlag[]): RiskFlag[] {
  return [...flags].sort((a, b) => RISK_SEVERITIES.indexOf(a.severity) - RISK_SEVERITIES.indexOf(b.severity));
}
