import { IconPlayerPauseFilled, IconPlayerPlayFilled, IconRotateClockwise } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIMER_MS } from '../../../shared/schema/defaults';
import { useControlWriter } from '../../commands/useControlWriter';
import { useNow } from '../../hooks/useNow';
import { timerView } from '../../timer/timerView';
import { Button } from '../../ui/Button';
import { TimerPie } from '../../ui/TimerPie';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import {
  addTimerTimeCommand,
  pauseTimerCommand,
  resetTimerCommand,
  setPauseAtZeroCommand,
  startTimerCommand,
} from './commands';
import { answerDesk } from './useDeskCue';

const PRESET_MINUTES = [3, 5, 10, 15, 20];

/** Start, pause, add time, set a duration; the timer lives in the document as an end time. */
export function TimerControls() {
  const { t } = useTranslation('facilitate');
  const writer = useControlWriter();
  const timer = useWorkshopSetting('timer');
  const now = useNow(timer.endsAt !== null);
  const view = timerView(timer, now);
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
              onClick={() => answerDesk(pauseTimerCommand(writer))}
            />
          ) : (
            <Button
              label={t('timer.start')}
              icon={<IconPlayerPlayFilled size={24} />}
              variant="primary"
              onClick={() => answerDesk(startTimerCommand(writer, { fresh: view.finished }))}
            />
          )}
          <Button label={t('timer.addOne')} onClick={() => answerDesk(addTimerTimeCommand(writer, 60_000))} />
          <Button
            label={t('timer.addFive')}
            onClick={() => answerDesk(addTimerTimeCommand(writer, 300_000))}
          />
        </div>
      </div>
      <fieldset className="timer-presets">
        <legend>{t('timer.presets')}</legend>
        {PRESET_MINUTES.map((minutes) => (
          <Button
            key={minutes}
            label={t('timer.minutes', { count: minutes })}
            onClick={() => answerDesk(resetTimerCommand(writer, minutes * 60_000))}
          />
        ))}
        <Button
          label={t('timer.hide')}
          icon={<IconRotateClockwise size={22} />}
          variant="quiet"
          onClick={() => answerDesk(resetTimerCommand(writer, DEFAULT_TIMER_MS))}
        />
      </fieldset>
      <label className="switch-row">
        <input
          type="checkbox"
          checked={timer.pauseInputAtZero}
          onChange={(event) => answerDesk(setPauseAtZeroCommand(writer, event.target.checked))}
        />
        <span>{t('timer.pauseAtZero')}</span>
      </label>
    </section>
  );
}
