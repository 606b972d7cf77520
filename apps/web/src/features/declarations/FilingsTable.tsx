import { OBLIGATION_STATE_LABELS, REVIEW_STATE_LABELS, type FilingSummary, type WorkbenchFilingSummary } from '@veraz/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { declarationTitle, filingStateText, formatMexicoDateTime, formatText, periodText } from './labels';

/** The reviewer's list adds the área, the obligation met and the review to each filing. */
type ListedFiling = FilingSummary & Partial<Pick<WorkbenchFilingSummary, 'area' | 'reviewState' | 'assignee' | 'obligationState' | 'risk'>>;

interface FilingsTableProps {
  filings: ListedFiling[];
  caption: string;
  filingPath: (id: string) => string;
  /** The institution's view adds who filed, the format and whether the filing is reserved. */
  institution?: boolean;
  /** One more column, after the state (the reviewer's risk score). */
  extra?: { header: string; cell: (filing: ListedFiling) => ReactNode };
}

/** Presented declarations, one row each: the filer's own list and the institution's share it. */
export function FilingsTable({ filings, caption, filingPath, institution = false, extra }: FilingsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table responsive-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Folio</th>
            {institution && <th scope="col">Declarante</th>}
            <th scope="col">Tipo</th>
            <th scope="col">Presentada (hora del centro de México)</th>
            <th scope="col">Estado</th>
            {extra && <th scope="col">{extra.header}</th>}
          </tr>
        </thead>
        <tbody>
          {filings.map((filing) => (
            <tr key={filing.id}>
              <th scope="row" data-label="Folio">
                <Link to={filingPath(filing.id)} className="folio-link">
                  {filing.folio}
                </Link>
              </th>
              {institution && (
                <td data-label="Declarante">
                  {filing.filer.nombreCompleto}
                  {filing.area && <span className="cell-detail">{filing.area}</span>}
                </td>
              )}
              <td data-label="Tipo">
                {declarationTitle(filing)}
                {institution && ` · ${formatText(filing.declaracionCompleta).toLocaleLowerCase('es-MX')}`}
                {filing.supersedesFilingId ? ' (nota aclaratoria)' : ''}
                <span className="cell-detail">{periodText(filing)}</span>
              </td>
              <td data-label="Presentada">{formatMexicoDateTime(filing.filedAt)}</td>
              <td data-label="Estado">
                {filingStateText(institution ? filing : { isLatest: filing.isLatest, reserved: false })}
                {filing.obligationState && <span className="cell-detail">{OBLIGATION_STATE_LABELS[filing.obligationState]}</span>}
                {filing.reviewState && (
                  <span className="cell-detail">
                    Revisión: {REVIEW_STATE_LABELS[filing.reviewState].toLocaleLowerCase('es-MX')}
                    {filing.assignee ? ` · ${filing.assignee.nombreCompleto}` : ''}
                  </span>
                )}
              </td>
              {extra && <td data-label={extra.header}>{extra.cell(filing)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
