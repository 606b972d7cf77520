import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy…/waitFor give up after 1 s by default, which a loaded CI machine can exceed while the
// page still renders correctly; a missing element still fails, only later.
configure({ asyncUtilTimeout: 5000 });

// jsdom does not lay pages out; pages that open at their top call scrollTo.
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
