import { IconCheck, IconDeviceTablet, IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useRef } from 'react';
import { useLongPress } from '../../hooks/useLongPress';
import { useSpeak } from '../../hooks/useSpeak';
import type { Picture } from '../../survey/questions';
import { Pictogram } from '../../ui/Pictogram';

export function PictureOf({ picture, size = 64 }: { picture: Picture; size?: number }) {
  if ('pictogram' in picture) return <Pictogram id={picture.pictogram} size={size} alt="" />;
  const Icon =
    picture.icon === 'tablet' ? IconDeviceTablet : picture.icon === 'yes' ? IconThumbUp : IconThumbDown;
  return (
    <Icon size={size} stroke={1.6} aria-hidden="true" className={`survey-icon survey-icon-${picture.icon}`} />
  );
}

export interface ChoiceButtonProps {
  label: string;
  picture?: Picture;
  selected: boolean;
  onPick(): void;
  /** For tests and the list view: the answer's key. */
  value: string;
}

/**
 * One answer: a big picture with its words under it; pressed when picked. A long press reads the words
 * aloud (as on the residents' palette) without picking, for a person who does not read French.
 */
export function ChoiceButton({ label, picture, selected, onPick, value }: ChoiceButtonProps) {
  const { speak } = useSpeak();
  const held = useRef(false);
  const hold = useLongPress(() => {
    held.current = true;
    speak(label);
  });
  return (
    <button
      {...hold}
      onPointerDown={(event) => {
        held.current = false;
        hold.onPointerDown(event);
      }}
      type="button"
      className={`survey-choice ${picture ? 'has-picture' : 'text-only'} ${selected ? 'is-selected' : ''}`}
      aria-pressed={selected}
      data-value={value}
      onClick={() => {
        if (held.current) held.current = false;
        else onPick();
      }}
      onContextMenu={(event) => event.preventDefault()}
    >
      {picture ? <PictureOf picture={picture} /> : null}
      <span className="survey-choice-label">{label}</span>
      {selected ? <IconCheck className="survey-choice-check" size={22} aria-hidden="true" /> : null}
    </button>
  );
}
