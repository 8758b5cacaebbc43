import { IconPlayerStopFilled, IconVolume } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSpeak } from '../hooks/useSpeak';
import { Button } from './Button';

export interface SpeakButtonProps {
  /** What is read aloud. */
  text: string;
  /** What the button is called for screen readers, e.g. "Écouter la consigne". */
  label?: string;
  size?: 'normal' | 'large' | 'huge';
  showLabel?: boolean;
  className?: string;
}

/** A speaker button that reads `text` aloud in French (or the interface language); tap again to stop. */
export function SpeakButton({
  text,
  label,
  size = 'normal',
  showLabel = false,
  className,
}: SpeakButtonProps) {
  const { t } = useTranslation('common');
  const { speak, stop, speaking, supported } = useSpeak();
  if (!supported) return null;
  const name = speaking ? t('speak.stop') : (label ?? t('speak.read'));
  return (
    <Button
      label={name}
      icon={speaking ? <IconPlayerStopFilled size={26} /> : <IconVolume size={28} />}
      variant="quiet"
      size={size}
      showLabel={showLabel}
      className={['speak-button', className ?? ''].join(' ')}
      pressed={speaking}
      onClick={() => (speaking ? stop() : speak(text))}
    />
  );
}
