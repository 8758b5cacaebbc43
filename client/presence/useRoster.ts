import { useMemo } from 'react';
import { readParticipants } from '../../shared/read/board';
import type { Participant } from '../../shared/schema/board';
import { useConnectionStore } from '../sync/useConnectionStore';
import { useDocValue } from '../sync/useDocValue';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { onlineSeats, usePresenceStates } from './usePresence';

export interface RosterEntry extends Participant {
  online: boolean;
  isMe: boolean;
}

/** Residents who have chosen an avatar and still hold their seat, each marked here or offline. */
export function useRoster(): RosterEntry[] {
  const { docs, seatId } = useWorkshopSession();
  const participants = useDocValue(docs.board, readParticipants);
  const states = usePresenceStates();
  const myState = useConnectionStore((store) => store.state);
  return useMemo(() => {
    const online = onlineSeats(states);
    return participants
      .filter((participant) => !participant.freed && participant.avatar !== '')
      .map((participant) => {
        const isMe = participant.id === seatId;
        return { ...participant, isMe, online: isMe ? myState !== 'offline' : online.has(participant.id) };
      });
  }, [participants, states, seatId, myState]);
}

/** This tablet's own seat record, or null before the avatar is chosen. */
export function useMyParticipant(): Participant | null {
  const { docs, seatId } = useWorkshopSession();
  const participants = useDocValue(docs.board, readParticipants);
  return useMemo(
    () => participants.find((participant) => participant.id === seatId) ?? null,
    [participants, seatId],
  );
}
