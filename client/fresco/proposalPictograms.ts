/**
 * Pictograms residents can give a proposal. The shipped set has no "solution" family, so these are the
 * activities that best picture an answer: a workshop, a class, a place to go, someone to call. Ids the
 * catalog does not ship (yet) are left out.
 */
import { pictogramById } from '../../shared/pictograms/lookup';

const CANDIDATES = [
  'digital-workshop',
  'training-course',
  'french-lessons',
  'association',
  'library',
  'town-hall',
  'post-office',
  'job-centre',
  'see-friends',
  'call-family',
  'video-call',
  'childcare',
  'paperwork',
  'search-internet',
  'messaging',
  'bank',
  'caf',
  'housing',
  'repairs',
  'homework',
] as const;

export const PROPOSAL_PICTOGRAMS: readonly string[] = CANDIDATES.filter(
  (id) => pictogramById(id) !== undefined,
);
