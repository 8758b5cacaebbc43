import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import { type ApiFailureCode, api } from '../../api/http';
import { recallSeat, rememberSession } from '../../storage/sessions';
import { workshopPath } from '../../workshop/links';

export type JoinProblem =
  | Extract<ApiFailureCode, 'unknown_code' | 'too_many_attempts' | 'door_closed' | 'unreachable'>
  | 'other';

/**
 * Trades a join code for a seat and opens the workshop. A tablet that already has a seat in that
 * workshop goes back to it instead of taking a second one.
 */
export function useJoinByCode() {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<JoinProblem | null>(null);

  const join = useCallback(
    async (code: string) => {
      setBusy(true);
      setProblem(null);
      const result = await api.join(code);
      if (!result.ok) {
        setBusy(false);
        const known: readonly string[] = ['unknown_code', 'too_many_attempts', 'door_closed', 'unreachable'];
        setProblem(known.includes(result.code) ? (result.code as JoinProblem) : 'other');
        return false;
      }
      const { workshopId, token, seatId } = result.value;
      const kept = recallSeat(workshopId);
      if (kept) {
        const check = await api.workshopInfo(workshopId, kept.token);
        if (check.ok) {
          navigate(workshopPath(workshopId, kept.token));
          return true;
        }
      }
      rememberSession(workshopId, { token, role: 'participant', seatId, title: '', savedAt: Date.now() });
      navigate(workshopPath(workshopId, token));
      return true;
    },
    [navigate],
  );

  return { join, busy, problem, clearProblem: () => setProblem(null) };
}
