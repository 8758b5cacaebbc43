/** The three Yjs documents of a workshop. They are split so the server can grant write access per document. */
export const DOC_NAMES = ['control', 'board', 'plan'] as const;
export type DocName = (typeof DOC_NAMES)[number];

export const ROLES = ['facilitator', 'participant', 'stakeholder', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** PRODUCT.md §3: the server enforces this table on every message, the UI only mirrors it. */
const WRITERS: Record<DocName, readonly Role[]> = {
  control: ['facilitator'],
  board: ['facilitator', 'participant'],
  plan: ['facilitator', 'stakeholder'],
};

export function canWrite(role: Role, doc: DocName): boolean {
  return WRITERS[doc].includes(role);
}

export function isDocName(value: string): value is DocName {
  return (DOC_NAMES as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
