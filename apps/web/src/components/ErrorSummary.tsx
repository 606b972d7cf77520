import { useEffect, useRef, type MouseEvent } from 'react';

export interface SummaryItem {
  /** Id of the field to jump to; absent for problems that match no field. */
  id?: string;
  label?: string;
  message: string;
}

interface ErrorSummaryProps {
  general: string | null;
  items: SummaryItem[];
  /** Incremented after each failed submit; the summary then takes focus. */
  focusKey: number;
  title?: string;
}

export function ErrorSummary({ general, items, focusKey, title = 'Hay un problema' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (!general && items.length === 0) return null;

  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2 className="error-summary-title">{title}</h2>
      {general && <p>{general}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item, index) => (
            <li key={`${item.id ?? 'general'}-${index}`}>
              {item.id ? (
                <a href={`#${item.id}`} onClick={(event) => focusField(event, item.id!)}>
                  {item.label ? `${item.label}: ${item.message}` : item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function focusField(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}
