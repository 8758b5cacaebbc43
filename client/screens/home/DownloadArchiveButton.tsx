import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadWorkshopArchive } from '../../api/archive';
import type { MyWorkshop } from '../../storage/myWorkshops';
import { Button } from '../../ui/Button';

type State = 'idle' | 'busy' | 'done' | 'failed' | 'unreachable';

/** The whole workshop as one file, to keep as a backup or import on another Fresco. */
export function DownloadArchiveButton({ workshop }: { workshop: MyWorkshop }) {
  const { t } = useTranslation('home');
  const [state, setState] = useState<State>('idle');
  const download = async () => {
    setState('busy');
    const result = await downloadWorkshopArchive(workshop.id, workshop.tokens.facilitator);
    setState(result.ok ? 'done' : result.failure);
  };
  return (
    <div className="archive-row">
      <Button
        label={state === 'busy' ? t('archive.downloading') : t('archive.download')}
        icon={<IconDownload size={22} />}
        data-testid="download-archive"
        disabled={state === 'busy'}
        onClick={() => void download()}
      />
      <p className="hint">{t('archive.hint')}</p>
      {state === 'done' ? (
        <p className="hint" role="status">
          {t('archive.done')}
        </p>
      ) : null}
      {state === 'failed' || state === 'unreachable' ? (
        <p className="problem" role="alert">
          {t(`archive.${state}`)}
        </p>
      ) : null}
    </div>
  );
}
