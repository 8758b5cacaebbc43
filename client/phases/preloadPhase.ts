/**
 * Starts loading a phase's component and its words as soon as the control document names the phase.
 * Without it a tablet waits for the board to sync, then fetches the component, then its translations:
 * three round trips in a row on a slow network before the fresco shows anything. It listens to the
 * document itself, not to React, because the board's first sync then holds the page for a while and a
 * render-time effect would only fire after it.
 */
import i18next from 'i18next';
import type * as Y from 'yjs';
import { readWorkshop } from '../../shared/read/workshop';
import { PHASES, type Phase } from '../../shared/schema/control';
import type { Role } from '../../shared/schema/roles';
import { whenIdle } from '../hooks/whenIdle';
import type { Namespace } from '../i18n/namespaces';
import { type PhaseView, phaseRegistry } from './registry';

/** The welcome phase differs per screen; the others share one namespace. */
const WELCOME_NAMESPACES: Record<PhaseView, Namespace[]> = {
  tablet: ['join'],
  facilitator: ['facilitate', 'projector'],
  projector: ['projector'],
  stakeholder: ['projector'],
};

const PHASE_NAMESPACES: Record<Exclude<Phase, 'welcome'>, Namespace[]> = {
  explore: ['fresco'],
  thread: ['fresco'],
  propose: ['fresco'],
  plan: ['plan'],
  export: ['export'],
};

const VIEW_OF_ROLE: Record<Role, PhaseView> = {
  facilitator: 'facilitator',
  participant: 'tablet',
  stakeholder: 'stakeholder',
  viewer: 'projector',
};

export function preloadPhase(phase: Phase, view: PhaseView): void {
  // A failed load is shown by PhaseContent, which asks again: nothing to report from here.
  phaseRegistry[`${phase}/${view}`]?.().catch(() => undefined);
  void i18next.loadNamespaces(phase === 'welcome' ? WELCOME_NAMESPACES[view] : PHASE_NAMESPACES[phase]);
}

/**
 * Preloads the current phase now and each new one as it arrives, and the phase after it when the page is
 * idle: residents wait on the welcome screen while others join, so the fresco's code is ready by the
 * time the facilitator starts the exploration. Returns the way to stop.
 */
export function preloadPhasesOf(control: Y.Doc, role: Role): () => void {
  const view = VIEW_OF_ROLE[role];
  let last: Phase | null = null;
  let cancelNext = () => {};
  const check = () => {
    const { phase } = readWorkshop(control);
    if (phase === last) return;
    last = phase;
    preloadPhase(phase, view);
    cancelNext();
    const next = PHASES[PHASES.indexOf(phase) + 1];
    cancelNext = next ? whenIdle(() => preloadPhase(next, view)) : () => {};
  };
  check();
  control.on('update', check);
  return () => {
    cancelNext();
    control.off('update', check);
  };
}
