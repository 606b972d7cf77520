/** Where reviewers and administrators read their institution's filings. */
export const institutionFilingPaths = {
  list: () => '/institucion/declaraciones',
  filing: (id: string) => `/institucion/declaraciones/${encodeURIComponent(id)}`,
};
