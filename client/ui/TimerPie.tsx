import { IconBell, IconPlayerPauseFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Timer } from '../../shared/schema/control';
import { useNow } from '../hooks/useNow';
import { formatRemaining, timerView } from '../timer/timerView';
import { useTimerBell } from '../timer/useTimerBell';

export interface TimerPieProps {
  timer: Timer;
  /** Diameter in px. */
  size?: number;
  showDigits?: boolean;
  /** Whether this screen rings at zero. */
  sound?: boolean;
  className?: string;
}

/**
 * The shared timer as a shrinking pie (readable without reading numbers) with digits beside it.
 * At zero it rings softly once and glows for a few seconds.
 */
export function TimerPie({ timer, size = 64, showDigits = true, sound = true, className }: TimerPieProps) {
  const { t } = useTranslation('common');
  const now = useNow(timer.endsAt !== null);
  const view = timerView(timer, now);
  const ringing = useTimerBell(timer, now, { sound });
  const digits = formatRemaining(view.remainingMs);
  const minutes = Math.ceil(view.remainingMs / 60_000);
  const spoken = view.finished
    ? t('timer.finished')
    : view.running
      ? t('timer.remaining', { count: minutes })
      : t('timer.paused', { count: minutes });
  const state = view.finished ? 'finished' : view.running ? 'running' : 'paused';
  return (
    <div
      className={['timer-pie', `timer-${state}`, ringing ? 'timer-ringing' : '', className ?? ''].join(' ')}
      role="timer"
      aria-label={spoken}
      data-remaining-ms={Math.round(view.remainingMs)}
      data-state={state}
    >
      <span className="timer-disc" style={{ width: size, height: size }}>
        <svg width={size} height={size} viewBox="-50 -50 100 100" aria-hidden="true">
          <circle r="48" className="timer-face" />
          {view.fraction >= 0.9995 ? (
            <circle r="44" className="timer-wedge" />
          ) : view.fraction > 0 ? (
            <path d={wedgePath(view.fraction, 44)} className="timer-wedge" />
          ) : null}
          {view.finished ? null : <circle r="4" className="timer-hub" />}
        </svg>
        {view.finished ? (
          <span className="timer-badge" aria-hidden="true">
            <IconBell size={Math.round(size * 0.42)} />
          </span>
        ) : !view.running ? (
          <span className="timer-badge" aria-hidden="true">
            <IconPlayerPauseFilled size={Math.round(size * 0.3)} />
          </span>
        ) : null}
      </span>
      {showDigits ? (
        <span className="timer-digits" aria-hidden="true">
          {digits}
        </span>
      ) : null}
    </div>
  );
}

/** A pie slice from 12 o'clock, clockwise, covering `fraction` of the disc. */
export function wedgePath(fraction: number, radius: number): string {
  const angle = fraction * 2 * Math.PI;
  const x = radius * Math.sin(angle);
  const y = -radius * Math.cos(angle);
  const large = fraction > 0.5 ? 1 : 0;
  return `M0 0 L0 ${-radius} A${radius} ${radius} 0 ${large} 1 ${x.toFixed(2)} ${y.toFixed(2)} Z`;
}
