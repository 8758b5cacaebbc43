import { IconPlayerPauseFilled, IconPlayerPlayFilled, IconRotateClockwise } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  addTimerTime,
  pauseTimer,
  resetTimer,
  setPauseInputAtZero,
  startTimer,
} from '../../../shared/ops/control/timer';
import { DEFAULT_TIMER_MS } from '../../../shared/schema/defaults';
import { serverNow } from '../../api/serverClock';
import { useNow } from '../../hooks/useNow';
import { timerView } from '../../timer/timerView';
import { Button } from '../../ui/Button';
import { TimerPie } from '../../ui/TimerPie';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { useWorkshopSession } from '../../workshop/WorkshopSessionContext';

const PRESET_MINUTES = [3, 5, 10, 15, 20];

/** Start, pause, add time, set a duration; the timer lives in the document as an end time. */
export function TimerControls() {
  const { t } = useTranslation('facilitate');
  const { docs, origin } = useWorkshopSession();
  const timer = useWorkshopSetting('timer');
  const now = useNow(timer.endsAt !== null);
  const view = timerView(timer, now);
  const control = docs.control;
  const running = timer.endsAt !== null && !view.finished;
  return (
    <section className="panel timer-controls" aria-labelledby="timer-title">
      <h2 id="timer-title">{t('timer.title')}</h2>
      <div className="timer-controls-row">
        <TimerPie timer={timer} size={88} />
        <div className="timer-buttons">
          {running ? (
            <Button
              label={t('timer.pause')}
              icon={<IconPlayerPauseFilled size={24} />}
              variant="primary"
              onClick={() => pauseTimer(control, { now: serverNow() }, origin)}
            />
          ) : (
            <Button
              label={t('timer.start')}
              icon={<IconPlayerPlayFilled size={24} />}
              variant="primary"
              onClick={() => {
                // Past zero, "start" means a fresh run of the chosen length.
                if (view.finished) resetTimer(control, { ms: DEFAULT_TIMER_MS }, origin);
                startTimer(control, { now: serverNow() }, origin);
              }}
            />
          )}
          <Button
            label={t('timer.addOne')}
            onClick={() => addTimerTime(control, { ms: 60_000, now: serverNow() }, origin)}
          />
          <Button
            label={t('timer.addFive')}
            onClick={() => addTimerTime(control, { ms: 300_000, now: serverNow() }, origin)}
          />
        </div>
      </div>
      <fieldset className="timer-presets">
        <legend>{t('timer.presets')}</legend>
        {PRESET_MINUTES.map((minutes) => (
          <Button
            key={minutes}
            label={t('timer.minutes', { count: minutes })}
            onClick={() => resetTimer(control, { ms: minutes * 60_000 }, origin)}
          />
        ))}
        <Button
          label={t('timer.hide')}
          icon={<IconRotateClockwise size={22} />}
          variant="quiet"
          onClick={() => resetTimer(control, { ms: DEFAULT_TIMER_MS }, origin)}
        />
      </fieldset>
      <label className="switch-row">
        <input
          type="checkbox"
          checked={timer.pauseInputAtZero}
          onChange={(event) => setPauseInputAtZero(control, event.target.checked, origin)}
        />
        <span>{t('timer.pauseAtZero')}</span>
      </label>
    </section>
  );
}
