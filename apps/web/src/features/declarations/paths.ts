import { declarationPaths } from './DeclarationContext';

/** A declaration's own address; its layout opens the first section still to capture. */
export function declarationHome(id: string): string {
  return `${declarationPaths.list()}/${encodeURIComponent(id)}`;
}
