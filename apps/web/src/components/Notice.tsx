import type { ReactNode } from 'react';

/**
 * A polite live region. It is always rendered (even empty) so screen readers notice when a
 * message appears in it.
 */
export function Notice({ children, tone = 'success' }: { children?: ReactNode; tone?: 'success' | 'info' }) {
  return (
    <div role="status" className={children ? `notice notice-${tone}` : undefined}>
      {children}
    </div>
  );
}
