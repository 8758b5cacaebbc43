/**
 * The field return's `survey` section (PRODUCT.md §4): every session's interviews pooled. Pure: read
 * interviews in, counts out. An interview is counted once by its id, so the same record arriving from
 * two sessions' documents (an archive imported twice) or twice in one list still counts once.
 */

import { compareStrings } from '../read/coerce';
import {
  AGE_BANDS,
  type AgeBand,
  EQUIPMENT_KEYS,
  type EquipmentKey,
  HELP_KEYS,
  type HelpKey,
  type Interview,
} from '../schema/survey';
import type { PictogramCount, SurveyDifficulty, SurveySection } from './surveySection';

export interface SurveySessionInterviews {
  place: string;
  interviews: readonly Interview[];
}

type Levels = [number, number, number, number];

export function surveySection(
  sessions: readonly SurveySessionInterviews[],
  pooledDifficulties: ReadonlyArray<{ pictogram: string; count: number }>,
): SurveySection {
  const seen = new Set<string>();
  const byPlace: Record<string, number> = {};
  const answered = tallyOf(EQUIPMENT_KEYS);
  const equipped = tallyOf(EQUIPMENT_KEYS);
  const help = tallyOf(HELP_KEYS);
  const ageBands = tallyOf(AGE_BANDS);
  const byNeighbourhood: Record<string, number> = {};
  const uses = new Map<string, number>();
  const difficulties = new Map<string, number>();
  const digitalFragility: Levels = [0, 0, 0, 0];
  const socialFragility: Levels = [0, 0, 0, 0];
  const wouldCome = { yes: 0, no: 0 };
  for (const session of sessions) {
    for (const interview of session.interviews) {
      if (seen.has(interview.id)) continue;
      seen.add(interview.id);
      byPlace[session.place] = (byPlace[session.place] ?? 0) + 1;
      for (const key of EQUIPMENT_KEYS) {
        const has = interview.equipment[key];
        if (has === undefined) continue;
        answered[key]++;
        if (has) equipped[key]++;
      }
      for (const key of new Set(interview.help)) help[key]++;
      for (const pictogram of new Set(interview.uses)) uses.set(pictogram, (uses.get(pictogram) ?? 0) + 1);
      for (const pictogram of new Set(interview.difficulties))
        difficulties.set(pictogram, (difficulties.get(pictogram) ?? 0) + 1);
      if (interview.ageBand) ageBands[interview.ageBand]++;
      if (interview.neighbourhood)
        byNeighbourhood[interview.neighbourhood] = (byNeighbourhood[interview.neighbourhood] ?? 0) + 1;
      if (interview.digitalFragility !== null) digitalFragility[interview.digitalFragility]++;
      if (interview.socialFragility !== null) socialFragility[interview.socialFragility]++;
      if (interview.wouldCome !== null) wouldCome[interview.wouldCome ? 'yes' : 'no']++;
    }
  }
  const inWorkshops = new Map<string, number>();
  for (const pooled of pooledDifficulties)
    inWorkshops.set(pooled.pictogram, (inWorkshops.get(pooled.pictogram) ?? 0) + pooled.count);
  const equipment = {} as Record<EquipmentKey, number>;
  for (const key of EQUIPMENT_KEYS) equipment[key] = answered[key] === 0 ? 0 : equipped[key] / answered[key];
  return {
    interviews: seen.size,
    byPlace,
    equipment,
    equipmentAnswered: answered,
    difficulties: ranked(difficulties).map(
      (entry): SurveyDifficulty => ({ ...entry, inWorkshops: inWorkshops.get(entry.pictogram) ?? 0 }),
    ),
    uses: ranked(uses),
    help: help as Record<HelpKey, number>,
    digitalFragility,
    socialFragility,
    wouldCome,
    ageBands: ageBands as Record<AgeBand, number>,
    byNeighbourhood,
  };
}

function tallyOf<K extends string>(keys: readonly K[]): Record<K, number> {
  const tally = {} as Record<K, number>;
  for (const key of keys) tally[key] = 0;
  return tally;
}

/** Most cited first; ties in id order, so every screen and export lists them the same way. */
function ranked(counts: Map<string, number>): PictogramCount[] {
  return [...counts]
    .map(([pictogram, count]) => ({ pictogram, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.pictogram, b.pictogram));
}
