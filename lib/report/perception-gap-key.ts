// A paragraph that names a perception gap is keyed "gap:<rule id>" (narration.ts), so the page can mark it.
export const GAP_KEY_PREFIX = "gap:";

export const isPerceptionGap = (key: string) => key.startsWith(GAP_KEY_PREFIX);
