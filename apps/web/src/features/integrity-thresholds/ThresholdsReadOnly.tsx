import { RISK_RULE_GROUPS, type IntegrityThresholds } from '@veraz/contracts';
import { sectorName } from './sectorCatalog';
import { formatThreshold, LIST_FIELDS, NUMBER_FIELDS, THRESHOLD_GROUPS } from './thresholdFields';

/** The thresholds in force, for reviewers: the same labels and help as the admin's form, not editable. */
export function ThresholdsReadOnly({ thresholds }: { thresholds: IntegrityThresholds }) {
  return (
    <>
      {THRESHOLD_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`umbrales-regla-${group}`}>
          <h3 id={`umbrales-regla-${group}`}>
            Regla {group}. {RISK_RULE_GROUPS[group]}
          </h3>
          <dl className="summary-list">
            {NUMBER_FIELDS.filter((def) => def.group === group).map((def) => (
              <div key={def.key}>
                <dt>{def.label}</dt>
                <dd>
                  <span data-testid={`umbral-${def.key}`}>{formatThreshold(def, thresholds[def.key])}</span>
                  <p className="hint">{def.help}</p>
                </dd>
              </div>
            ))}
            {group === LIST_FIELDS.marcasDeLujo.group && (
              <div>
                <dt>{LIST_FIELDS.marcasDeLujo.label}</dt>
                <dd>
                  <span data-testid="umbral-marcasDeLujo">{thresholds.marcasDeLujo.length ? thresholds.marcasDeLujo.join(', ') : 'Ninguna'}</span>
                  <p className="hint">{LIST_FIELDS.marcasDeLujo.help}</p>
                </dd>
              </div>
            )}
            {group === LIST_FIELDS.sectoresDeLaInstitucion.group && (
              <div>
                <dt>{LIST_FIELDS.sectoresDeLaInstitucion.label}</dt>
                <dd>
                  <span data-testid="umbral-sectoresDeLaInstitucion">
                    {thresholds.sectoresDeLaInstitucion.length ? thresholds.sectoresDeLaInstitucion.map(sectorName).join(', ') : 'Ninguno'}
                  </span>
                  <p className="hint">{LIST_FIELDS.sectoresDeLaInstitucion.help}</p>
                </dd>
              </div>
            )}
          </dl>
        </section>
      ))}
    </>
  );
}
