import type { InstitutionRole, SessionView } from '@veraz/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { ApiClient } from '../api/client';
import { App } from '../app/App';
import { SessionProvider } from '../app/session';

export interface FetchCall {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
}

export function jsonResponse(status: number, body?: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

type Handler = (call: FetchCall) => Response | Promise<Response>;

/** A fetch double that records every call and answers with `handler`. */
export function mockFetch(handler: Handler) {
  const calls: FetchCall[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call: FetchCall = {
      method: init?.method ?? 'GET',
      path: String(input),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      authorization: headers.get('Authorization'),
    };
    calls.push(call);
    return handler(call);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

export const INSTITUTION = { id: '11111111-1111-4111-8111-111111111111', slug: 'sefin', name: 'Secretaría de Finanzas' };
export const OTHER_INSTITUTION = { id: '22222222-2222-4222-8222-222222222222', slug: 'salud', name: 'Secretaría de Salud' };

export function makeSession(overrides: { roles?: InstitutionRole[]; isOperator?: boolean; institution?: SessionView['institution']; token?: string; memberships?: SessionView['memberships'] } = {}): SessionView {
  const roles = overrides.roles ?? ['DECLARANTE'];
  const institution = overrides.institution === undefined ? INSTITUTION : overrides.institution;
  return {
    accessToken: overrides.token ?? 'token-1',
    expiresIn: 900,
    user: {
      id: 'user-1',
      email: 'ana@sefin.gob.mx',
      nombre: 'Ana',
      primerApellido: 'López',
      segundoApellido: null,
      isOperator: overrides.isOperator ?? false,
    },
    institution,
    roles: institution ? roles : [],
    memberships: overrides.memberships ?? (institution ? [{ id: 'm-1', institution, roles }] : []),
  };
}

/** Renders the whole app at `path`, optionally already signed in, with `fetch` mocked. */
export function renderApp(path: string, options: { session?: SessionView; fetch: typeof fetch }) {
  const client = new ApiClient({ fetch: options.fetch });
  if (options.session) client.setSession(options.session);
  const user = userEvent.setup();
  const utils = render(
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider client={client}>
        <App />
      </SessionProvider>
    </MemoryRouter>,
  );
  return { ...utils, client, user };
}

/** The input labelled `label`; required fields add a visual " *" that is hidden from screen readers. */
export function field(label: string): HTMLInputElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return screen.getByLabelText(new RegExp(`^${escaped}\\s*\\*?$`)) as HTMLInputElement;
}

export async function findField(label: string): Promise<HTMLInputElement> {
  await screen.findAllByLabelText(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  return field(label);
}
