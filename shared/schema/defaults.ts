import type { CapabilityAxis, WorkshopSettings } from './control';

/** The five domains of e-exclusion of the French national digital council (PRODUCT.md §5). */
export const DEFAULT_CAPABILITY_AXES: CapabilityAxis[] = [
  { id: 'work', label: 'Travail et emploi' },
  { id: 'rights', label: 'Accès aux droits et aux services essentiels' },
  { id: 'knowledge', label: 'Accès au savoir et à la formation' },
  { id: 'dignity', label: 'Dignité et bien-être' },
  { id: 'participation', label: 'Participation à la société' },
];

export const DEFAULT_TIMER_MS = 10 * 60_000;

export function defaultWorkshopSettings(): WorkshopSettings {
  return {
    title: '',
    place: '',
    date: '',
    language: 'fr',
    phase: 'welcome',
    doorOpen: true,
    boardLocked: false,
    timer: { endsAt: null, remainingMs: DEFAULT_TIMER_MS, pauseInputAtZero: false },
    follow: null,
    timelineStart: '2027-01',
    timelineEnd: '2030-12',
    capabilityAxes: DEFAULT_CAPABILITY_AXES.map((axis) => ({ ...axis })),
    votesPerParticipant: 3,
    customPictograms: [],
    schemaVersion: 0,
  };
}
