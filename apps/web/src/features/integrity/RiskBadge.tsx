import { RISK_SEVERITY_LABELS, RISK_SEVERITY_POINTS, type RiskSeverity, type WorkbenchFilingSummary } from '@veraz/contracts';
import '../../styles/integrity.css';

type RiskSummary = NonNullable<WorkbenchFilingSummary['risk']>;

export function signalsText(count: number): string {
  return count === 0 ? 'sin señales' : count === 1 ? '1 señal' : `${count.toLocaleString('es-MX')} señales`;
}

export function pointsText(score: number): string {
  return `${score.toLocaleString('es-MX')} ${score === 1 ? 'punto' : 'puntos'}`;
}

/** A score's tone: what one high-severity flag adds or more reads as high; the words carry the same. */
function tone(score: number): 'high' | 'some' | 'none' {
  return score >= RISK_SEVERITY_POINTS.ALTA ? 'high' : score > 0 ? 'some' : 'none';
}

/** A filing's score and number of flags, as the reviewer's list shows it; «Sin evaluar» until scored. */
export function RiskBadge({ risk }: { risk: RiskSummary | null | undefined }) {
  if (!risk) return <span className="badge risk-badge risk-unscored">Sin evaluar</span>;
  return (
    <span className={`badge risk-badge risk-${tone(risk.score)}`}>
      {pointsText(risk.score)} · {signalsText(risk.flagCount)}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: RiskSeverity }) {
  return <span className={`badge severity-badge severity-${severity}`}>Severidad {RISK_SEVERITY_LABELS[severity].toLocaleLowerCase('es-MX')}</span>;
}
