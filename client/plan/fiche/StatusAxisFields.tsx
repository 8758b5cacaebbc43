import { useTranslation } from 'react-i18next';
import type { CapabilityAxis } from '../../../shared/schema/control';
import { type Action, STATUSES } from '../../../shared/schema/plan';
import { FieldRow } from './FieldRow';

/** The fiche's status and its axis, side by side; an axis removed from the settings is still named. */
export function StatusAxisFields({
  action,
  axes,
  onSet,
}: {
  action: Action;
  axes: readonly CapabilityAxis[];
  onSet(field: 'status' | 'axis', value: string): void;
}) {
  const { t } = useTranslation('plan');
  return (
    <div className="fiche-pair">
      <FieldRow id="fiche-status" label={t('field.status')}>
        <select
          id="fiche-status"
          value={action.status}
          onChange={(event) => onSet('status', event.target.value)}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </FieldRow>
      <FieldRow id="fiche-axis" label={t('field.axis')}>
        <select id="fiche-axis" value={action.axis} onChange={(event) => onSet('axis', event.target.value)}>
          <option value="">{t('field.noAxis')}</option>
          {axes.map((axis) => (
            <option key={axis.id} value={axis.id}>
              {axis.label}
            </option>
          ))}
          {action.axis && !axes.some((axis) => axis.id === action.axis) ? (
            <option value={action.axis}>{t('field.removedAxis')}</option>
          ) : null}
        </select>
      </FieldRow>
    </div>
  );
}
