/** Reads a survey session's interviews, whatever a peer wrote: a record that does not fit reads as a default. */
import type * as Y from 'yjs';
import { interviewsMap } from '../ops/roots';
import {
  AGE_BANDS,
  EQUIPMENT_KEYS,
  type EquipmentKey,
  FRAGILITY_LEVELS,
  type FragilityLevel,
  HELP_KEYS,
  type HelpKey,
  type Interview,
} from '../schema/survey';
import {
  asNullableEnum,
  asNullableString,
  asNumber,
  asString,
  asStringList,
  compareStrings,
  entriesOf,
  fieldsOf,
} from './coerce';

export function readInterviews(doc: Y.Doc): Interview[] {
  const interviews: Interview[] = [];
  for (const [id, value] of interviewsMap(doc).entries()) {
    const interview = readInterview(id, value);
    if (interview) interviews.push(interview);
  }
  return interviews.sort((a, b) => a.createdAt - b.createdAt || compareStrings(a.id, b.id));
}

export function readInterview(id: string, value: unknown): Interview | null {
  const field = fieldsOf(value);
  if (!field) return null;
  const equipment: Partial<Record<EquipmentKey, boolean>> = {};
  for (const [key, has] of entriesOf(field('equipment'))) {
    if ((EQUIPMENT_KEYS as readonly string[]).includes(key) && typeof has === 'boolean')
      equipment[key as EquipmentKey] = has;
  }
  const wouldCome = field('wouldCome');
  return {
    id,
    ageBand: asNullableEnum(field('ageBand'), AGE_BANDS),
    neighbourhood: asNullableString(field('neighbourhood')),
    equipment,
    uses: asStringList(field('uses')),
    difficulties: asStringList(field('difficulties')),
    help: asStringList(field('help')).filter((key): key is HelpKey =>
      (HELP_KEYS as readonly string[]).includes(key),
    ),
    wouldCome: typeof wouldCome === 'boolean' ? wouldCome : null,
    digitalFragility: asFragility(field('digitalFragility')),
    socialFragility: asFragility(field('socialFragility')),
    author: asString(field('author')),
    createdAt: asNumber(field('createdAt'), 0),
  };
}

function asFragility(value: unknown): FragilityLevel | null {
  return (FRAGILITY_LEVELS as readonly unknown[]).includes(value) ? (value as FragilityLevel) : null;
}
