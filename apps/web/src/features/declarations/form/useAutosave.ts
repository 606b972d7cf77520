import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldError, SaveSectionResult, SectionView } from '@veraz/contracts';
import { ApiRequestError, type ApiClient } from '../../../api/client';

/**
 * Autosave of one section: debounced PUTs with If-Match, a copy in localStorage until the server
 * has it, retries while offline, and an explicit state for a stale version (409).
 */
export type SaveState =
  | { phase: 'idle' }
  | { phase: 'pending' }
  | { phase: 'saving' }
  | { phase: 'saved'; at: Date }
  | { phase: 'offline'; retryIn: number }
  | { phase: 'invalid'; message: string }
  | { phase: 'conflict'; server: SectionView | null }
  | { phase: 'closed'; message: string };

type Json = Record<string, unknown>;

interface LocalCopy {
  /** The server version this copy was edited from. */
  version: number;
  data: Json;
  at: string;
}

const DEBOUNCE_MS = 900;
const storageKey = (declarationId: string, section: string) => `veraz:captura:${declarationId}:${section}`;

export function readLocalCopy(declarationId: string, section: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(storageKey(declarationId, section));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function forgetLocalCopy(declarationId: string, section: string): void {
  writeLocalCopy(declarationId, section, null);
}

function writeLocalCopy(declarationId: string, section: string, copy: LocalCopy | null): void {
  try {
    if (copy) localStorage.setItem(storageKey(declarationId, section), JSON.stringify(copy));
    else localStorage.removeItem(storageKey(declarationId, section));
  } catch {
    // Storage full or disabled: the server copy is still the source of truth.
  }
}

export interface AutosaveOptions {
  api: ApiClient;
  declarationId: string;
  section: SectionView;
  /** The section's S1 JSON from the form right now. */
  snapshot: () => Json;
  onSaved: (result: SaveSectionResult) => void;
  /** Field problems of a refused save (400), with API paths. */
  onRejected: (errors: FieldError[]) => void;
}

export function useAutosave({ api, declarationId, section, snapshot, onSaved, onRejected }: AutosaveOptions) {
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const version = useRef(section.version);
  const lastSaved = useRef(JSON.stringify(section.data ?? {}));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const attempts = useRef(0);
  const blocked = useRef(false);
  const callbacks = useRef({ snapshot, onSaved, onRejected });
  callbacks.current = { snapshot, onSaved, onRejected };

  const run = useCallback(async (): Promise<void> => {
    if (blocked.current) return;
    const data = callbacks.current.snapshot();
    const body = JSON.stringify(data);
    if (body === lastSaved.current) {
      writeLocalCopy(declarationId, section.name, null);
      setState((s) => (s.phase === 'pending' || s.phase === 'saving' ? { phase: 'saved', at: new Date() } : s));
      return;
    }
    writeLocalCopy(declarationId, section.name, { version: version.current, data, at: new Date().toISOString() });
    setState({ phase: 'saving' });
    try {
      const result = await api.put<SaveSectionResult>(`/api/declarations/${declarationId}/sections/${section.name}`, data, { 'If-Match': `"${version.current}"` });
      version.current = result.section.version;
      lastSaved.current = body;
      attempts.current = 0;
      // Only forget the local copy if nothing changed while the request travelled.
      if (JSON.stringify(callbacks.current.snapshot()) === body) writeLocalCopy(declarationId, section.name, null);
      setState({ phase: 'saved', at: new Date() });
      callbacks.current.onSaved(result);
    } catch (error) {
      if (!(error instanceof ApiRequestError) || error.status === 0 || error.status >= 500 || error.status === 429) {
        attempts.current += 1;
        const retryIn = Math.min(30, 2 ** Math.min(attempts.current, 5));
        setState({ phase: 'offline', retryIn });
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void save(), retryIn * 1000);
      } else if (error.status === 409 && error.code === 'CONFLICTO_DE_VERSION') {
        blocked.current = true;
        const fresh = await api.get<{ sections: SectionView[] }>(`/api/declarations/${declarationId}`).catch(() => null);
        setState({ phase: 'conflict', server: fresh?.sections.find((s) => s.name === section.name) ?? null });
      } else if (error.status === 409) {
        blocked.current = true;
        setState({ phase: 'closed', message: error.message });
      } else {
        setState({ phase: 'invalid', message: error.message });
        callbacks.current.onRejected(error.fieldErrors);
      }
    }
  }, [api, declarationId, section.name]);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    inFlight.current = run().finally(() => {
      inFlight.current = null;
    });
    await inFlight.current;
    if (again.current) {
      again.current = false;
      await save();
    }
  }, [run]);

  /** Call on every change: the save follows after a short pause in typing. */
  const schedule = useCallback(() => {
    if (blocked.current) return;
    writeLocalCopy(declarationId, section.name, { version: version.current, data: callbacks.current.snapshot(), at: new Date().toISOString() });
    setState((s) => (s.phase === 'offline' ? s : { phase: 'pending' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
  }, [declarationId, section.name, save]);

  /** After a 409: keep what is on screen (saved over the newer version) or take the server's. */
  const resolveConflict = useCallback(
    async (keep: 'mine' | 'server', server: SectionView | null) => {
      blocked.current = false;
      version.current = server?.version ?? version.current;
      if (keep === 'server') {
        lastSaved.current = JSON.stringify(server?.data ?? {});
        writeLocalCopy(declarationId, section.name, null);
        setState({ phase: 'saved', at: new Date() });
        return;
      }
      lastSaved.current = '';
      await save();
    },
    [declarationId, section.name, save],
  );

  useEffect(() => {
    const online = () => void save();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (JSON.stringify(callbacks.current.snapshot()) !== lastSaved.current) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', beforeUnload);
      clearTimeout(timer.current);
      // Leaving the section: send what is pending now (the local copy stays until it lands).
      if (!blocked.current && JSON.stringify(callbacks.current.snapshot()) !== lastSaved.current) void run();
    };
  }, [save, run]);

  return { state, schedule, save, resolveConflict, isSaved: () => JSON.stringify(callbacks.current.snapshot()) === lastSaved.current };
}
