/**
 * The facilitator's settings of the plan: the calendar of the fresco (first and last month) and the
 * axes of the *toile des capabilités*. Both live in the control document, which only the facilitator
 * writes. A span typed oddly is stored as typed and said plainly; the fresco keeps its default meanwhile.
 */
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isYearMonth } from '../../../shared/model/yearMonth';
import { useControlWriter } from '../../commands/useControlWriter';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { answer } from '../usePlanCue';
import { addAxisCommand, removeAxisCommand, renameAxisCommand, setSpanCommand } from './commands';

export function PlanSettingsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('plan');
  return (
    <Dialog open={open} title={t('settings.title')} onClose={onClose} size="wide">
      <SpanSettings />
      <AxesSettings />
    </Dialog>
  );
}

function SpanSettings() {
  const { t } = useTranslation('plan');
  const writer = useControlWriter();
  const storedStart = useWorkshopSetting('timelineStart');
  const storedEnd = useWorkshopSetting('timelineEnd');
  const [start, setStart] = useState(storedStart);
  const [end, setEnd] = useState(storedEnd);
  useEffect(() => setStart(storedStart), [storedStart]);
  useEffect(() => setEnd(storedEnd), [storedEnd]);
  const messages: string[] = [];
  if (!isYearMonth(start)) messages.push(t('problem.invalidMonth', { value: start }));
  if (!isYearMonth(end)) messages.push(t('problem.invalidMonth', { value: end }));
  if (isYearMonth(start) && isYearMonth(end) && end < start) messages.push(t('settings.spanInverted'));
  return (
    <form
      className="settings-block"
      aria-labelledby="settings-span"
      onSubmit={(event) => {
        event.preventDefault();
        answer(setSpanCommand(writer, { start, end }));
      }}
    >
      <h3 id="settings-span">{t('settings.span')}</h3>
      <p className="hint">{t('settings.spanHint')}</p>
      <div className="fiche-pair">
        <div className="fiche-field">
          <label className="fiche-label" htmlFor="settings-start">
            {t('field.start')}
          </label>
          <input id="settings-start" value={start} onChange={(event) => setStart(event.target.value)} />
        </div>
        <div className="fiche-field">
          <label className="fiche-label" htmlFor="settings-end">
            {t('field.end')}
          </label>
          <input id="settings-end" value={end} onChange={(event) => setEnd(event.target.value)} />
        </div>
      </div>
      {messages.length > 0 ? (
        <ul className="field-messages">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <Button
        type="submit"
        label={t('settings.saveSpan')}
        variant="primary"
        disabled={start === storedStart && end === storedEnd}
      />
    </form>
  );
}

function AxesSettings() {
  const { t } = useTranslation('plan');
  const writer = useControlWriter();
  const axes = useWorkshopSetting('capabilityAxes');
  const [label, setLabel] = useState('');
  return (
    <section className="settings-block" aria-labelledby="settings-axes">
      <h3 id="settings-axes">{t('settings.axes')}</h3>
      <p className="hint">{t('settings.axesHint')}</p>
      <ol className="axis-list">
        {axes.map((axis, i) => (
          <li key={axis.id}>
            <label className="visually-hidden" htmlFor={`axis-${axis.id}`}>
              {t('settings.axisLabel', { number: i + 1 })}
            </label>
            <input
              id={`axis-${axis.id}`}
              defaultValue={axis.label}
              onBlur={(event) => {
                if (event.target.value !== axis.label)
                  answer(renameAxisCommand(writer, axis.id, event.target.value));
              }}
            />
            <Button
              label={t('settings.removeAxis', { label: axis.label })}
              icon={<IconTrash size={20} />}
              showLabel={false}
              variant="quiet"
              onClick={() => answer(removeAxisCommand(writer, axis.id))}
            />
          </li>
        ))}
      </ol>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (label.trim() === '') return;
          // A refused axis keeps its words in the box, to try again.
          if (answer(addAxisCommand(writer, label)).ok) setLabel('');
        }}
      >
        <label className="visually-hidden" htmlFor="axis-new">
          {t('settings.newAxis')}
        </label>
        <input
          id="axis-new"
          value={label}
          placeholder={t('settings.newAxis')}
          onChange={(event) => setLabel(event.target.value)}
        />
        <Button
          type="submit"
          label={t('settings.addAxis')}
          icon={<IconPlus size={20} />}
          disabled={label.trim() === ''}
        />
      </form>
    </section>
  );
}
