import { useState } from 'react';
import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { ApiRequestError, errorMessage } from '../api/errors';
import type { SummaryItem } from './ErrorSummary';

/** "debe tener 18 caracteres" → "Debe tener 18 caracteres." */
export function sentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const capitalized = text[0].toLocaleUpperCase('es-MX') + text.slice(1);
  return /[.!?…]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/**
 * Error handling shared by every form: client validation and server answers both end up in the
 * error summary (focused after a failed submit), and server field errors land on their fields.
 */
export function useFormErrors<T extends FieldValues>(form: UseFormReturn<T>, formId: string, labels: Partial<Record<Path<T>, string>>) {
  const [general, setGeneral] = useState<string | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const errors = form.formState.errors;

  const fieldId = (name: Path<T>) => `${formId}-${name}`;
  const errorFor = (name: Path<T>): string | undefined => {
    // Nested names ("encargoNuevo.fechaTomaPosesion") keep their errors in nested objects.
    const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && message ? message : undefined;
  };

  const items: SummaryItem[] = [];
  for (const [name, label] of Object.entries(labels) as [Path<T>, string][]) {
    const message = errorFor(name);
    if (message) items.push({ id: fieldId(name), label, message });
  }
  for (const message of unmatched) items.push({ message });

  function clear() {
    setGeneral(null);
    setUnmatched([]);
  }

  function onInvalid() {
    clear();
    setFocusKey((key) => key + 1);
  }

  function showError(error: unknown) {
    const leftovers: string[] = [];
    if (error instanceof ApiRequestError) {
      const byField = new Map<Path<T>, string[]>();
      for (const fieldError of error.fieldErrors) {
        const name = matchField(fieldError.path, labels);
        if (name) byField.set(name, [...(byField.get(name) ?? []), sentence(fieldError.message)]);
        else leftovers.push(sentence(fieldError.message));
      }
      for (const [name, messages] of byField) form.setError(name, { type: 'server', message: messages.join(' ') });
    }
    setGeneral(errorMessage(error));
    setUnmatched(leftovers);
    setFocusKey((key) => key + 1);
  }

  return { fieldId, errorFor, clear, onInvalid, showError, summary: { general, items, focusKey } };
}

function matchField<T extends FieldValues>(path: string, labels: Partial<Record<Path<T>, string>>): Path<T> | null {
  const candidates = [path, path.replace(/\[\d+\]/g, ''), path.split(/[.[]/)[0]];
  for (const candidate of candidates) if (candidate in labels) return candidate as Path<T>;
  return null;
}
