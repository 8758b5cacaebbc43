/**
 * A stakeholders' fiche in a concertation links to residents' items of other workshops
 * (`<workshopId>/<itemId>`). Traced through the pooled field return: each difficulty kind with how many
 * of its items the fiche links, where they were raised and the words said there; each proposal with
 * its votes and place; and links the field return no longer holds (removed, or a workshop gone).
 */
import type { FieldReturn } from '../../../shared/concertation/fieldReturn';
import { placeOf } from './pooledContext';

export interface PooledEchoDifficulty {
  pictogram: string;
  label: string;
  /** The fiche's links among this difficulty's items. */
  links: string[];
  places: string[];
  words: { text: string; place: string }[];
}

export interface PooledEchoProposal {
  link: string;
  label: string;
  votes: number;
  place: string;
}

export interface PooledEcho {
  difficulties: PooledEchoDifficulty[];
  proposals: PooledEchoProposal[];
  missing: string[];
}

export function isCrossLink(link: string): boolean {
  return link.indexOf('/') > 0;
}

export function pooledEcho(links: readonly string[], field: FieldReturn | null): PooledEcho {
  const cross = links.filter(isCrossLink);
  const found = new Set<string>();
  const difficulties: PooledEchoDifficulty[] = [];
  for (const difficulty of field?.difficulties ?? []) {
    const mine = difficulty.links.filter((link) => cross.includes(link));
    if (mine.length === 0) continue;
    for (const link of mine) found.add(link);
    const workshops = new Set(mine.map((link) => link.slice(0, link.indexOf('/'))));
    difficulties.push({
      pictogram: difficulty.pictogram,
      label: difficulty.label,
      links: mine,
      places: [...workshops].map((id) => placeOf(field as FieldReturn, id)),
      words: difficulty.words
        .filter((word) => workshops.has(word.workshopId))
        .map((word) => ({ text: word.text, place: placeOf(field as FieldReturn, word.workshopId) })),
    });
  }
  const proposals: PooledEchoProposal[] = [];
  for (const proposal of field?.proposals ?? []) {
    const link = `${proposal.workshopId}/${proposal.id}`;
    if (!cross.includes(link)) continue;
    found.add(link);
    proposals.push({
      link,
      label: proposal.label,
      votes: proposal.votes,
      place: placeOf(field as FieldReturn, proposal.workshopId),
    });
  }
  // Until the field return has come, nothing is called missing.
  const missing = field ? cross.filter((link) => !found.has(link)) : [];
  return { difficulties, proposals, missing };
}
