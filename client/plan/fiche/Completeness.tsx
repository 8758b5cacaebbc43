import { useTranslation } from 'react-i18next';
import { REQUIRED_ACTION_FIELDS, type RequiredActionField } from '../../../shared/model/actionChecks';

/** How complete a fiche is: a bar and, in words, what is still missing. */
export function Completeness({ missing }: { missing: readonly RequiredActionField[] }) {
  const { t } = useTranslation('plan');
  const total = REQUIRED_ACTION_FIELDS.length;
  const filled = total - missing.length;
  return (
    <div
      className={`completeness${missing.length === 0 ? ' is-complete' : ''}`}
      data-testid="fiche-completeness"
    >
      <div className="completeness-bar" aria-hidden="true">
        <span style={{ width: `${(filled / total) * 100}%` }} />
      </div>
      <p>
        <strong>{t('completeness.count', { filled, total })}</strong>{' '}
        {missing.length === 0
          ? t('completeness.done')
          : t('completeness.missing', { fields: missing.map((field) => t(`field.${field}`)).join(', ') })}
      </p>
    </div>
  );
}
