import { useEffect, useState } from 'react';
import type { JoinStatus } from '../../../shared/protocol/http';
import { api } from '../../api/http';

const POLL_MS = 30_000;

/**
 * How many wrong join codes the server saw lately, polled while the facilitator's screen is open.
 * Polling (not the control document) on purpose: wrong codes name no workshop, so the count is the
 * server's, and writing it into every workshop's document would store it in each one's history.
 */
export function useJoinStatus(workshopId: string, token: string): JoinStatus | null {
  const [status, setStatus] = useState<JoinStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const result = await api.joinStatus(workshopId, token);
      if (!stopped && result.ok) setStatus(result.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [workshopId, token]);
  return status;
}
