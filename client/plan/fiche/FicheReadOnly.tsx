/**
 * The fiche for screens that may not write the plan (residents, viewers): the same content as text,
 * with no input and no button that edits.
 */
import { useTranslation } from 'react-i18next';
import { actionCompleteness } from '../../../shared/model/actionChecks';
import type { Synthesis } from '../../../shared/model/synthesis';
import type { Board } from '../../../shared/schema/board';
import type { CapabilityAxis } from '../../../shared/schema/control';
import { ACTION_TEXT_FIELDS, type Action } from '../../../shared/schema/plan';
import { NatureMark } from '../NatureMark';
import { CapabilityRadar } from '../radar/CapabilityRadar';
import { Completeness } from './Completeness';
import { LinkedItems } from './LinkedItems';

export interface FicheReadOnlyProps {
  action: Action;
  board: Board;
  synthesis: Synthesis;
  axes: readonly CapabilityAxis[];
}

export function FicheReadOnly({ action, board, synthesis, axes }: FicheReadOnlyProps) {
  const { t } = useTranslation('plan');
  const none = t('fiche.empty');
  const axis = axes.find((a) => a.id === action.axis)?.label ?? '';
  const rows: [string, string][] = [
    [t('field.title'), action.title || t('untitled')],
    [t('field.status'), t(`status.${action.status}`)],
    [t('field.theme'), action.theme],
    [t('field.axis'), axis],
    [t('field.owner'), action.owner],
    [t('field.partners'), action.partners],
    [t('field.start'), action.start],
    [t('field.end'), action.end],
    [t('field.budget'), action.budget],
  ];
  return (
    <div className="fiche-readonly">
      <Completeness missing={actionCompleteness(action)} />
      <p className={`nature-tag nature-${action.nature}`}>
        <NatureMark nature={action.nature} /> {t(`nature.${action.nature}`)}
      </p>
      <dl className="fiche-dl">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value.trim() || none}</dd>
          </div>
        ))}
        {ACTION_TEXT_FIELDS.map((field) => (
          <div key={field}>
            <dt>{t(`field.${field}`)}</dt>
            <dd className="fiche-long">{action[field].trim() || none}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('links.title')}</h3>
      <LinkedItems links={action.links} board={board} synthesis={synthesis} />
      <h3>{t('fiche.radar')}</h3>
      <CapabilityRadar axes={axes} scores={action.capabilities} />
    </div>
  );
}
