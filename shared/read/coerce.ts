/**
 * Coercions for tolerant readers: a CRDT holds whatever any peer (old, buggy or hostile) wrote, so every
 * value is checked for its type and replaced by a default when it does not fit. Never throws.
 */
import * as Y from 'yjs';

export function asString(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

export function asNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function asBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function asEnum<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

export function asNullableEnum<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function asNullableString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Text stored as Y.Text (live-edited) or as a plain string (old peers). */
export function asText(value: unknown): string {
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : '';
}

/** Strings of a Y.Array or a plain array, without duplicates (concurrent adds of the same id). */
export function asStringList(value: unknown): string[] {
  const entries = value instanceof Y.Array ? value.toArray() : Array.isArray(value) ? value : [];
  const seen = new Set<string>();
  for (const entry of entries) if (typeof entry === 'string' && entry !== '') seen.add(entry);
  return [...seen];
}

export type FieldGetter = (key: string) => unknown;

/** Reads fields of a record stored as a nested Y.Map or, from an odd peer, as a plain object. */
export function fieldsOf(value: unknown): FieldGetter | null {
  if (value instanceof Y.Map) return (key) => value.get(key);
  if (isPlainObject(value)) return (key) => (Object.hasOwn(value, key) ? value[key] : undefined);
  return null;
}

/** Key/value pairs of a Y.Map or a plain object; empty for anything else. */
export function entriesOf(value: unknown): [string, unknown][] {
  if (value instanceof Y.Map) return Array.from(value.entries());
  if (isPlainObject(value)) return Object.entries(value);
  return [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType)
  );
}

/** Code-unit order, the same on every machine (localeCompare is not), for stable sorting. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
