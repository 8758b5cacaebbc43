/**
 * The questionnaire editor saves every change at once, one request at a time: clicks faster than the
 * wifi queue up and only the newest list is sent next, so a slow answer can never put an older order
 * back on the server. A failed save keeps the list on screen, says so, and is sent again on demand.
 */
import { useRef, useState } from 'react';
import type { Questionnaire } from '../../../shared/schema/survey';
import type { ApiResult } from '../../api/http';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface QuestionnaireSaver {
  draft: Questionnaire;
  status: SaveStatus;
  change(next: Questionnaire): void;
  retry(): void;
}

export function useQuestionnaireSaver(
  initial: Questionnaire,
  save: (questionnaire: Questionnaire) => Promise<ApiResult<unknown>>,
  onSaved: () => void,
): QuestionnaireSaver {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const latest = useRef(initial);
  const waiting = useRef<Questionnaire | null>(null);
  const sending = useRef(false);

  const flush = async () => {
    if (sending.current) return;
    sending.current = true;
    let failed = false;
    while (waiting.current && !failed) {
      const questionnaire = waiting.current;
      waiting.current = null;
      setStatus('saving');
      const result = await save(questionnaire);
      failed = !result.ok;
    }
    sending.current = false;
    setStatus(failed ? 'failed' : 'saved');
    if (!failed) onSaved();
  };

  const send = (questionnaire: Questionnaire) => {
    waiting.current = questionnaire;
    void flush();
  };

  return {
    draft,
    status,
    change(next) {
      latest.current = next;
      setDraft(next);
      send(next);
    },
    retry() {
      send(latest.current);
    },
  };
}
