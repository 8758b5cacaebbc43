/** Links whose item is gone (deleted, or its workshop left the concertation): said plainly, removable. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

export function MissingLinks({
  missing,
  onUnlink,
}: {
  missing: string[];
  onUnlink?: (links: string[]) => void;
}) {
  const { t } = useTranslation('plan');
  if (missing.length === 0) return null;
  return (
    <div className="field-messages" role="note">
      <p>{t('problem.linkedItemDeleted')}</p>
      {onUnlink ? (
        <Button
          label={t('links.removeMissing', { count: missing.length })}
          onClick={() => onUnlink(missing)}
        />
      ) : null}
    </div>
  );
}
