/**
 * A calm note for a refused action: a pictogram and a sentence for a few seconds, read aloud on request,
 * never a dialog to dismiss. Screen readers hear it through the live region, which stays mounted so
 * they notice each new note.
 */
import type { Icon } from '@tabler/icons-react';
import { useEffect } from 'react';
import { SpeakButton } from './SpeakButton';
import './cueNote.css';

const SHOWN_MS = 3200;

export interface CueNoteProps {
  /** The note to show, or null; a new `seq` shows it again and restarts its time. */
  cue: { refusal: string; seq: number } | null;
  text: string;
  icon: Icon | null;
  testId: string;
  /** Desk screens (plan, facilitator) pin the note to the window, above what scrolls. */
  desk?: boolean;
  onDone(): void;
}

export function CueNote({ cue, text, icon: Icon, testId, desk = false, onDone }: CueNoteProps) {
  useEffect(() => {
    if (!cue) return;
    const timer = setTimeout(onDone, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [cue, onDone]);
  return (
    <div className={desk ? 'cue-region cue-desk' : 'cue-region'} role="status" aria-live="polite">
      {cue && Icon ? (
        <div className="cue warn-banner" key={cue.seq} data-testid={testId} data-refusal={cue.refusal}>
          <Icon size={34} aria-hidden="true" />
          <span>{text}</span>
          <SpeakButton text={text} />
        </div>
      ) : null}
    </div>
  );
}
