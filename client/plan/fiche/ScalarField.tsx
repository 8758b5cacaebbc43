/**
 * A short field of the fiche, written on each keystroke and kept as typed. When a write is refused (the
 * fiche removed on another screen, a screen that may not write), the input keeps what the person typed
 * instead of snapping back to the document, and the plan's cue says why.
 */
import { useState } from 'react';
import type { PlanResult } from '../commands';
import { answer } from '../usePlanCue';
import { describedBy, FieldRow } from './FieldRow';

export interface ScalarFieldProps {
  id: string;
  label: string;
  /** The value in the document. */
  value: string;
  hint?: string;
  /** A datalist of values already used elsewhere in the plan. */
  list?: string;
  messages?: string[];
  required?: boolean;
  requiredLabel?: string;
  onWrite(value: string): PlanResult;
}

export function ScalarField({ id, value, hint, list, messages = [], onWrite, ...row }: ScalarFieldProps) {
  const [kept, setKept] = useState<string | null>(null);
  return (
    <FieldRow id={id} hint={hint} messages={messages} {...row}>
      <input
        id={id}
        type="text"
        value={kept ?? value}
        list={list}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={describedBy(id, Boolean(hint), messages.length)}
        onChange={(event) => {
          const typed = event.target.value;
          setKept(answer(onWrite(typed)).ok ? null : typed);
        }}
      />
    </FieldRow>
  );
}
