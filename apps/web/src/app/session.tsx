import type { SessionView } from '@veraz/contracts';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/client';

export type SessionStatus = 'loading' | 'signedIn' | 'signedOut';

interface SessionState {
  status: SessionStatus;
  session: SessionView | null;
  /** True when the session ended on its own (refresh refused), not through "Cerrar sesión". */
  expired: boolean;
  /** True right after the person chose "Cerrar sesión". */
  signedOutByUser: boolean;
}

export interface SessionContextValue extends SessionState {
  client: ApiClient;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  switchInstitution(institutionId: string): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() => ({
    status: client.currentSession ? 'signedIn' : 'loading',
    session: client.currentSession,
    expired: false,
    signedOutByUser: false,
  }));
  const signingOut = useRef(false);

  useEffect(() => {
    const unsubscribe = client.subscribe((session) => {
      setState((prev) => ({
        status: session ? 'signedIn' : 'signedOut',
        session,
        expired: !session && prev.session !== null && !signingOut.current,
        signedOutByUser: !session && signingOut.current,
      }));
    });
    // On page load the token is gone (memory only): ask for a new one with the refresh cookie.
    if (!client.currentSession) {
      client.refresh().catch(() => {
        setState((prev) => (prev.status === 'loading' ? { ...prev, status: 'signedOut' } : prev));
      });
    }
    return unsubscribe;
  }, [client]);

  const value = useMemo<SessionContextValue>(
    () => ({
      ...state,
      client,
      async signIn(email, password) {
        const view = await client.post<SessionView>('/api/auth/login', { email, password }, { auth: false });
        client.setSession(view);
      },
      async signOut() {
        signingOut.current = true;
        try {
          await client.logout();
        } finally {
          signingOut.current = false;
        }
      },
      async switchInstitution(institutionId) {
        const view = await client.post<SessionView>('/api/auth/switch-institution', { institutionId });
        client.setSession(view);
      },
    }),
    [state, client],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useSession().client;
}
