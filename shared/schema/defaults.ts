import type { BoardItem, Participant } from './board';
import type { CapabilityAxis, Timer, WorkshopSettings } from './control';
import type { Action } from './plan';

/** The five domains of e-exclusion of the French national digital council (PRODUCT.md §5). */
export const DEFAULT_CAPABILITY_AXES: CapabilityAxis[] = [
  { id: 'work', label: 'Travail et emploi' },
  { id: 'rights', label: 'Accès aux droits et aux services essentiels' },
  { id: 'knowledge', label: 'Accès au savoir et à la formation' },
  { id: 'dignity', label: 'Dignité et bien-être' },
  { id: 'participation', label: 'Participation à la société' },
];

export const DEFAULT_TIMER_MS = 10 * 60_000;

export function defaultTimer(): Timer {
  return {
    endsAt: null,
    remainingMs: DEFAULT_TIMER_MS,
    durationMs: DEFAULT_TIMER_MS,
    pauseInputAtZero: false,
  };
}

export function defaultWorkshopSettings(): WorkshopSettings {
  return {
    title: '',
    place: '',
    date: '',
    language: 'fr',
    phase: 'welcome',
    doorOpen: true,
    doorClosesAt: null,
    boardLocked: false,
    timer: defaultTimer(),
    follow: null,
    timelineStart: '2027-01',
    timelineEnd: '2030-12',
    capabilityAxes: DEFAULT_CAPABILITY_AXES.map((axis) => ({ ...axis })),
    votesPerParticipant: 3,
    customPictograms: [],
    schemaVersion: 0,
  };
}

/** What a reader fills in for a seat record with missing fields. */
export function defaultParticipant(id: string): Participant {
  return { id, name: '', avatar: '', color: '#888888', freed: false };
}

/** What a reader fills in for an item record with missing fields; a record of unknown kind reads as a note. */
export function defaultBoardItem(id: string): BoardItem {
  return {
    id,
    kind: 'note',
    pictogram: '',
    label: '',
    day: null,
    period: null,
    parent: null,
    links: [],
    mergedInto: null,
    author: '',
    createdAt: 0,
  };
}

/** What a reader fills in for an action record with missing fields. */
export function defaultAction(id: string): Action {
  return {
    id,
    number: 0,
    title: '',
    nature: 'new',
    status: 'draft',
    lane: '',
    theme: '',
    axis: '',
    start: '',
    end: '',
    owner: '',
    partners: '',
    budget: '',
    context: '',
    objectives: '',
    audience: '',
    description: '',
    resources: '',
    indicators: '',
    capabilities: {},
    links: [],
    createdAt: 0,
  };
}
