import { inputId } from './FormEnv';

/** Focus target of a field: the widget's input, or the nearest enclosing field that exists. */
export function focusTarget(name: string): HTMLElement | null {
  let current = name;
  for (;;) {
    // A whole item: its heading (focusable, outside the collapsed card).
    const heading = document.getElementById(`${inputId(current)}-titulo`);
    const el =
      document.getElementById(inputId(current)) ??
      (heading?.hasAttribute('tabindex') ? heading : null) ??
      document.querySelector<HTMLElement>(`[data-field="${current}"] input, [data-field="${current}"] select, [data-field="${current}"] button`);
    if (el) return el;
    if (!current) return null;
    current = current.includes('.') ? current.slice(0, current.lastIndexOf('.')) : '';
  }
}

/** Takes the keyboard to a field of the section form (by its form name), opening the item card that holds it. */
export function focusField(name: string): void {
  const target = focusTarget(name);
  // Items are collapsed cards: open the one that holds the field first.
  const body = target?.closest<HTMLElement>('.list-item-body[hidden]');
  if (body) body.parentElement?.querySelector<HTMLButtonElement>('.item-actions button[aria-expanded="false"]')?.click();
  setTimeout(() => focusTarget(name)?.focus(), 0);
}
