/**
 * A long field of the fiche, co-edited live: the textarea is bound to the field's Y.Text. Local typing
 * goes in as the smallest splice (replaceActionText), so what others type elsewhere in the field
 * survives; remote edits are applied to the textarea as they come and the caret keeps its place in the
 * text. While an input method composes a word, remote edits wait and the word is rebased onto them.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { textSplice } from '../../../shared/model/textDiff';
import type { ActionTextField } from '../../../shared/schema/plan';
import { liveTextOf, type PlanWriter, setTextCommand } from '../commands';
import { answer } from '../usePlanCue';
import { applySplice, rebaseSplice, type TextDelta, transformRange } from './caret';

export interface LiveTextFieldProps {
  writer: PlanWriter;
  actionId: string;
  field: ActionTextField;
  /** The value as the readers see it (used before the Y.Text exists). */
  value: string;
  id: string;
  describedBy?: string;
  rows?: number;
  invalid?: boolean;
}

export function LiveTextField({
  writer,
  actionId,
  field,
  value,
  id,
  describedBy,
  rows = 3,
  invalid,
}: LiveTextFieldProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { origin } = writer;
  const text = liveTextOf(writer, actionId, field);
  const composing = useRef(false);
  const base = useRef('');
  const pending = useRef<TextDelta[]>([]);

  // A field an old peer stored as a plain string becomes a Y.Text once, keeping its words.
  useEffect(() => {
    if (!text) setTextCommand(writer, actionId, field, value);
  }, [text, writer, actionId, field, value]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !text) return;
    element.value = text.toString();
    base.current = element.value;
    pending.current = [];
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === origin && element.value === text.toString()) {
        base.current = element.value;
        return;
      }
      if (composing.current) {
        pending.current.push(event.delta as TextDelta);
        return;
      }
      const focused = document.activeElement === element;
      const [start, end] = transformRange(
        element.selectionStart,
        element.selectionEnd,
        event.delta as TextDelta,
      );
      element.value = text.toString();
      base.current = element.value;
      if (focused) element.setSelectionRange(start, end, element.selectionDirection);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text, origin]);

  const write = () => {
    const element = ref.current;
    if (!element || !text) return;
    let target = element.value;
    if (pending.current.length > 0) {
      // Others wrote while a word was being composed: apply the local change on top of theirs.
      const splice = textSplice(base.current, element.value);
      target = splice ? applySplice(text.toString(), rebaseSplice(splice, pending.current)) : text.toString();
      pending.current = [];
    }
    const caret = element.selectionStart + (target.length - element.value.length);
    // Refused (the fiche removed meanwhile): the words stay in the box, where the person can copy them.
    if (!answer(setTextCommand(writer, actionId, field, target)).ok) return;
    if (element.value !== text.toString()) {
      element.value = text.toString();
      element.setSelectionRange(caret, caret);
    }
    base.current = element.value;
  };

  return (
    <textarea
      ref={ref}
      id={id}
      className="fiche-textarea"
      rows={rows}
      defaultValue={text ? undefined : value}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onInput={() => {
        if (!composing.current) write();
      }}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={() => {
        composing.current = false;
        write();
      }}
    />
  );
}
