import type { DeclarationTipo } from '@veraz/contracts';
import type { CatalogOption, EnumLabelsData, FormLabelsData } from '@veraz/standards/form';
import { entidades, paises } from './geo';

type Schema = Record<string, unknown>;

/** Everything a section form needs from standards/: the tipo's OAS, labels, catalogs and geography. */
export interface FormStandards {
  /** The tipo the data is for: some labels follow the wording of its DOF form. */
  tipo: DeclarationTipo;
  oas: Schema;
  labels: FormLabelsData;
  valores: EnumLabelsData;
  /** The official catalogs by file name (standards/s1/catalogos). */
  catalogs: Record<string, CatalogOption[]>;
  entidades: CatalogOption[];
  paises: CatalogOption[];
}

// Each OAS is its own chunk: a filer only downloads the tipo they are filing.
const OAS: Record<DeclarationTipo, () => Promise<{ default: unknown }>> = {
  INICIAL: () => import('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Inicial.json'),
  MODIFICACIÓN: () => import('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Modificacion.json'),
  CONCLUSIÓN: () => import('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Conclusion.json'),
};

const cache = new Map<DeclarationTipo, Promise<FormStandards>>();

/** Loads (once per tipo) the standards data of the form; a failed load is retried on the next call. */
export function loadFormStandards(tipo: DeclarationTipo): Promise<FormStandards> {
  let pending = cache.get(tipo);
  if (!pending) {
    pending = Promise.all([
      OAS[tipo](),
      import('@veraz/standards-data/formulario/etiquetas.json'),
      import('@veraz/standards-data/formulario/valores.json'),
      import('./catalogs'),
      entidades(),
      paises(),
    ]).then(([oas, labels, valores, catalogs, entidadList, paisList]) => ({
      tipo,
      oas: oas.default as Schema,
      labels: labels.default as unknown as FormLabelsData,
      valores: valores.default as unknown as EnumLabelsData,
      catalogs: catalogs.catalogs,
      entidades: entidadList,
      paises: paisList,
    }));
    pending.catch(() => cache.delete(tipo));
    cache.set(tipo, pending);
  }
  return pending;
}
