import type { Rule } from '../engine/types';

/** Every rule of issue 17, in the order of its groups (1–8). */
export const RULES: readonly Rule[] = [];
