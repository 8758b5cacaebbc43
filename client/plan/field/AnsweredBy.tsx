import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/schema/plan';

/** The actions that already answer an item, as links to their fiches. */
export function AnsweredBy({ actions, onOpen }: { actions: readonly Action[]; onOpen(id: string): void }) {
  const { t } = useTranslation('plan');
  if (actions.length === 0) return null;
  return (
    <p className="answered-by">
      {t('return.answeredBy')}{' '}
      {actions.map((action) => (
        <button key={action.id} type="button" className="chip-link" onClick={() => onOpen(action.id)}>
          {t('fiche.number', { number: action.number })} {action.title}
        </button>
      ))}
    </p>
  );
}
