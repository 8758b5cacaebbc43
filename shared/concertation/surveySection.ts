/**
 * The `survey` section of a concertation's field return (PRODUCT.md §4): street interviews pooled,
 * each counted once however often its phone synced. Counts and rates only: no record, no seat.
 */
import type { AgeBand, EquipmentKey, HelpKey } from '../schema/survey';

export interface PictogramCount {
  pictogram: string;
  count: number;
}

/** A difficulty met on the street, beside how often the residents' workshops raised it. */
export interface SurveyDifficulty extends PictogramCount {
  /** The same pictogram's count in the pooled workshops' difficulties (0: never raised there). */
  inWorkshops: number;
}

export interface SurveySection {
  interviews: number;
  /** Interviews per session place. */
  byPlace: Record<string, number>;
  /** Share of the interviews that answered the question and have the equipment, 0…1. */
  equipment: Record<EquipmentKey, number>;
  /** How many interviews answered each equipment item: a rate over 0 answers is no answer, not 0 %. */
  equipmentAnswered: Record<EquipmentKey, number>;
  /** Most cited first. */
  difficulties: SurveyDifficulty[];
  uses: PictogramCount[];
  help: Record<HelpKey, number>;
  /** Interviews at each level 0…3 (unanswered ones left out). */
  digitalFragility: [number, number, number, number];
  socialFragility: [number, number, number, number];
  /** Beyond the contract: who would come to a workshop, age bands and neighbourhoods answered. */
  wouldCome: { yes: number; no: number };
  ageBands: Record<AgeBand, number>;
  byNeighbourhood: Record<string, number>;
}
