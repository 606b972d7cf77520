/** The integrity pages, for the institution's reviewers and administrators only. */
export const integrityPaths = {
  person: (userId: string) => `/institucion/personas/${encodeURIComponent(userId)}/evolucion`,
};
