/**
 * Presence through the awareness of the control document (every screen is connected to it). The
 * server stamps each state with `identity` from the token, so a seat cannot pose as another.
 * Residents publish only their avatar, colour and nickname.
 */
import { useEffect } from 'react';
import type { PresenceState } from '../../shared/protocol/awareness';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { useAwarenessSnapshot } from './useAwarenessSnapshot';

/** What the facilitator's screen adds, so a projector opened with the viewer link can show how to join. */
export interface JoinInvitation {
  code: string;
  /** The participant link the QR code encodes, when this laptop knows it. */
  link: string | null;
}

export interface FrescoPresence extends PresenceState {
  join?: JoinInvitation | null;
}

/** Publishes this screen's presence on the control document (one caller per screen). */
export function usePublishPresence(state: FrescoPresence): void {
  const { awareness } = useWorkshopSession();
  const control = awareness.control;
  const key = JSON.stringify(state);
  useEffect(() => {
    control.setLocalState(JSON.parse(key) as FrescoPresence);
  }, [control, key]);
}

/** Every other screen's presence state, live. */
export function usePresenceStates(): FrescoPresence[] {
  const { awareness } = useWorkshopSession();
  return useAwarenessSnapshot(awareness.control, otherStates);
}

function otherStates(states: Map<number, unknown>, ownClientId: number): FrescoPresence[] {
  const others: FrescoPresence[] = [];
  for (const [clientId, state] of states) {
    if (clientId !== ownClientId) others.push(state as FrescoPresence);
  }
  return others;
}

/** Seat ids with at least one screen connected right now. */
export function onlineSeats(states: FrescoPresence[]): Set<string> {
  const seats = new Set<string>();
  for (const state of states) if (state.identity?.seatId) seats.add(state.identity.seatId);
  return seats;
}

/** The join invitation published by a facilitator's screen, if one is connected and the door is open. */
export function joinInvitation(states: FrescoPresence[]): JoinInvitation | null {
  for (const state of states) {
    if (state.identity?.role === 'facilitator' && state.join?.code) return state.join;
  }
  return null;
}
