/**
 * What every command answers: done (with the id it created, if any), or refused with a reason. A
 * refusal is data, never thrown, so each screen answers it calmly in its own words; each area names
 * its own reasons (`R`), the shape stays the same everywhere.
 */
export type CommandResult<R extends string> = { ok: true; id?: string } | { ok: false; refusal: R };

export const OK = { ok: true } as const;

export function refused<R extends string>(refusal: R): { ok: false; refusal: R } {
  return { ok: false, refusal };
}

/** An op's own answer (false: it wrote nothing, e.g. a record gone or a value it does not take). */
export function written<R extends string>(ok: boolean, otherwise: R): CommandResult<R> {
  return ok ? OK : refused(otherwise);
}
