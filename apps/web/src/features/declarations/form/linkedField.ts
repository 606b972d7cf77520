import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { ObjectNode } from '@veraz/standards/form';
import { declarationPaths } from '../DeclarationContext';
import { formName } from './FormEnv';
import { focusField } from './focusField';

/**
 * Links into a section that open it on one field: `?elemento=2&campo=valorAdquisicion.valor` (the
 * item of the section's list, counted from 0, and the field inside it). The self-check builds them.
 */
const ITEM = 'elemento';
const FIELD = 'campo';

export function sectionFieldLink(declarationId: string, section: string, item: number | null, field: string | null): string {
  const params = new URLSearchParams();
  if (item !== null) params.set(ITEM, String(item));
  if (field) params.set(FIELD, field);
  const query = params.toString();
  return declarationPaths.section(declarationId, section) + (query ? `?${query}` : '');
}

/**
 * The form name of an item's field: 'bienInmueble.2.valorAdquisicion.valor' for item 2 and field
 * 'valorAdquisicion.valor' in a section whose list is bienInmueble. A field that already names the
 * list (with or without the index) and a path with the section in front are accepted too.
 */
export function linkedFieldName(listKeys: readonly string[], section: string, item: number | null, field: string | null): string {
  let path = formName(field ?? '');
  if (path === section) path = '';
  else if (path.startsWith(`${section}.`)) path = path.slice(section.length + 1);
  if (item === null) return path;
  const parts = path ? path.split('.') : [];
  if (listKeys.includes(parts[0] ?? '')) {
    return /^\d+$/.test(parts[1] ?? '') ? path : [parts[0], String(item), ...parts.slice(1)].join('.');
  }
  const list = listKeys[0];
  return list ? [list, String(item), ...parts].join('.') : path;
}

/** On a section page opened from such a link, takes the keyboard to that field once the form is there. */
export function useFocusLinkedField(root: ObjectNode, section: string): void {
  const [params] = useSearchParams();
  const item = params.get(ITEM);
  const field = params.get(FIELD);
  useEffect(() => {
    if (item === null && field === null) return;
    const index = item !== null && /^\d+$/.test(item) ? Number(item) : null;
    const lists = root.children.filter((child) => child.kind === 'list').map((child) => child.key);
    const timer = setTimeout(() => focusField(linkedFieldName(lists, section, index, field)), 0);
    return () => clearTimeout(timer);
  }, [root, section, item, field]);
}
