import type { ReactNode } from 'react';

export interface FieldRowProps {
  id: string;
  label: string;
  /** Shown under the label, e.g. the expected format. */
  hint?: string;
  /** Plain messages about odd input, shown at the field (and read with it through aria-describedby). */
  messages?: string[];
  required?: boolean;
  requiredLabel?: string;
  children: ReactNode;
}

/** A labelled field of the fiche with its hint and its messages. */
export function FieldRow({
  id,
  label,
  hint,
  messages = [],
  required,
  requiredLabel,
  children,
}: FieldRowProps) {
  return (
    <div className={`fiche-field${messages.length > 0 ? ' has-problem' : ''}`}>
      <label htmlFor={id} className="fiche-label">
        {label}
        {required ? <span className="fiche-required"> ({requiredLabel})</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {messages.length > 0 ? (
        <ul className="field-messages" id={`${id}-messages`}>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The ids an input is described by: its hint and its messages, when present. */
export function describedBy(id: string, hint: boolean, messages: number): string | undefined {
  const ids = [hint ? `${id}-hint` : '', messages > 0 ? `${id}-messages` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
