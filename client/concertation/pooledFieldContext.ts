/**
 * The concertation's pooled field return, fetched once by a stakeholders' plan screen and read by
 * whatever beside it traces links across workshops (the fiche's linked items). Null outside a
 * concertation, and until the first return arrives.
 */
import { createContext, useContext } from 'react';
import type { FieldReturn } from '../../shared/concertation/fieldReturn';

export const PooledFieldContext = createContext<FieldReturn | null>(null);

export function usePooledField(): FieldReturn | null {
  return useContext(PooledFieldContext);
}
