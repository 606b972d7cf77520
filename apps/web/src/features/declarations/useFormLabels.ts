import { useEffect, useState } from 'react';
import type { FormLabelsData } from '@veraz/standards/form';

let loaded: FormLabelsData | null = null;
let loading: Promise<FormLabelsData> | null = null;

/** The form's labels (standards/formulario), fetched once; null until they arrive or if they cannot. */
export function useFormLabels(): FormLabelsData | null {
  const [labels, setLabels] = useState<FormLabelsData | null>(loaded);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loading ??= import('@veraz/standards-data/formulario/etiquetas.json').then((m) => (loaded = m.default as unknown as FormLabelsData));
    loading.then(
      (data) => live && setLabels(data),
      () => {
        loading = null;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return labels;
}
