import { useEffect } from 'react';

/** Sets the browser tab title ("Miembros · Veraz") so each page is announced distinctly. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Veraz` : 'Veraz';
  }, [title]);
}
