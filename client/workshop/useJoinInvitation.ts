import { useMemo } from 'react';
import { type JoinInvitation, joinInvitation, usePresenceStates } from '../presence/usePresence';
import { findMyWorkshop } from '../storage/myWorkshops';
import { workshopLink } from './links';
import { useWorkshopSession } from './WorkshopSessionContext';

/**
 * How residents join: the code and the participant link. The facilitator's screen knows them (the
 * code from the server, the link from this laptop's list); a projector opened with the viewer link
 * learns them from the facilitator's presence, so they vanish when the facilitator leaves.
 */
export function useJoinInvitation(): JoinInvitation | null {
  const { role, joinCode, workshopId } = useWorkshopSession();
  const states = usePresenceStates();
  return useMemo(() => {
    if (role === 'facilitator') return ownInvitation(workshopId, joinCode);
    return joinInvitation(states);
  }, [role, joinCode, workshopId, states]);
}

export function ownInvitation(workshopId: string, joinCode: string | null): JoinInvitation | null {
  if (!joinCode) return null;
  const participant = findMyWorkshop(workshopId)?.tokens.participant;
  return { code: joinCode, link: participant ? workshopLink(workshopId, participant) : null };
}
