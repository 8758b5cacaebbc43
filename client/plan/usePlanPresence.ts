/**
 * Who is editing which action, through the awareness of the `plan` document (every screen that shows
 * the plan is connected to it). Each screen publishes its name, a colour and the action whose fiche it
 * has open; the server stamps the role from the token, so nobody can pose as the facilitator.
 */
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceState } from '../../shared/protocol/awareness';
import type { Role } from '../../shared/schema/roles';
import { useAwarenessSnapshot } from '../presence/useAwarenessSnapshot';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';

/** A card being dragged by someone, shown to others as a dashed outline until they drop it. */
export interface PlanDrag {
  actionId: string;
  start: string;
  end: string;
}

export interface PlanPresenceState extends PresenceState {
  planDrag?: PlanDrag | null;
}

export interface PlanPeer {
  clientId: number;
  name: string;
  color: string;
  role: Role | null;
  editing: string | null;
  drag: PlanDrag | null;
}

/** Distinct, dark enough for white text and 3:1 on white. */
const PEER_COLORS = ['#a3161a', '#1f4fa8', '#1d6a33', '#7a3db8', '#8a4b00', '#0e6e78', '#b0256b', '#4b5563'];

export function peerColor(clientId: number): string {
  return PEER_COLORS[clientId % PEER_COLORS.length] as string;
}

/** Publishes this screen's name and the fiche it has open. */
export function usePublishPlanPresence(name: string, editing: string | null): void {
  const { awareness } = useWorkshopSession();
  const plan = awareness.plan;
  useEffect(() => {
    plan.setLocalStateField('user', { name, avatar: '', color: peerColor(plan.clientID) });
  }, [plan, name]);
  useEffect(() => {
    plan.setLocalStateField('editing', editing);
  }, [plan, editing]);
}

/** Shares a live drag (null on drop); cheap enough to call on every snapped month change. */
export function publishPlanDrag(awareness: Awareness, drag: PlanDrag | null): void {
  const current = (awareness.getLocalState() as PlanPresenceState | null)?.planDrag ?? null;
  if (JSON.stringify(current) === JSON.stringify(drag)) return;
  awareness.setLocalStateField('planDrag', drag);
}

/** Every other screen on the plan, live. */
export function usePlanPeers(): PlanPeer[] {
  const { awareness } = useWorkshopSession();
  return useAwarenessSnapshot(awareness.plan, otherPeers, samePeers);
}

function otherPeers(states: Map<number, unknown>, ownClientId: number): PlanPeer[] {
  const peers: PlanPeer[] = [];
  for (const [clientId, raw] of states) {
    if (clientId === ownClientId) continue;
    const state = raw as PlanPresenceState;
    if (!state.user && !state.editing) continue;
    peers.push({
      clientId,
      name: typeof state.user?.name === 'string' ? state.user.name : '',
      color: peerColor(clientId),
      role: state.identity?.role ?? null,
      editing: typeof state.editing === 'string' ? state.editing : null,
      drag: isDrag(state.planDrag) ? state.planDrag : null,
    });
  }
  return peers;
}

/** Our own state changes (a drag's month) notify too: keep the same array when others are unchanged. */
function samePeers(previous: PlanPeer[], next: PlanPeer[]): boolean {
  return JSON.stringify(previous) === JSON.stringify(next);
}

function isDrag(value: unknown): value is PlanDrag {
  const drag = value as PlanDrag | null;
  return (
    typeof drag === 'object' &&
    drag !== null &&
    typeof drag.actionId === 'string' &&
    typeof drag.start === 'string' &&
    typeof drag.end === 'string'
  );
}

/** Action id → the peers with its fiche open. */
export function editorsByAction(peers: readonly PlanPeer[]): Map<string, PlanPeer[]> {
  const map = new Map<string, PlanPeer[]>();
  for (const peer of peers) {
    if (!peer.editing) continue;
    map.set(peer.editing, [...(map.get(peer.editing) ?? []), peer]);
  }
  return map;
}
