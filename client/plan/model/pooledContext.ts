/**
 * The context a new fiche starts with when a stakeholder starts it from the concertation's pooled
 * field return: what residents said, counted across neighbourhoods, with their words and where they
 * said them. Pure, like `contextText` for a single workshop.
 */
import type { FieldReturn, PooledDifficulty, PooledProposal } from '../../../shared/concertation/fieldReturn';
import { CONTEXT_WORDS_PER_DIFFICULTY, type ContextWords } from './fieldReturn';

export function placeOf(field: FieldReturn, workshopId: string): string {
  return field.workshops.find((workshop) => workshop.id === workshopId)?.place ?? '';
}

export function pooledDifficultyContext(
  field: FieldReturn,
  difficulty: PooledDifficulty,
  words: ContextWords,
): string {
  const places = Object.entries(difficulty.byWorkshop)
    .filter(([, count]) => count > 0)
    .map(([workshopId, count]) => words.activity(placeOf(field, workshopId), count))
    .join(', ');
  const quotes = difficulty.words
    .slice(0, CONTEXT_WORDS_PER_DIFFICULTY)
    .map((word) => `${words.quote(word.text)} (${placeOf(field, word.workshopId)})`);
  const lines = [words.heading, `• ${words.difficulty(difficulty.label, difficulty.count, places)}`];
  if (quotes.length > 0) lines.push(`  ${quotes.join(' ')}`);
  return lines.join('\n');
}

export function pooledProposalContext(
  field: FieldReturn,
  proposal: PooledProposal,
  words: ContextWords,
): string {
  return [
    words.heading,
    `• ${words.proposal(proposal.label, proposal.votes)} (${placeOf(field, proposal.workshopId)})`,
  ].join('\n');
}
