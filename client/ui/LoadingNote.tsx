import { IconLoader2 } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A calm "loading"; after a while it says what may be wrong, so nobody waits in front of a spinner. */
export function LoadingNote({ slowAfterMs = 8000 }: { slowAfterMs?: number }) {
  const { t } = useTranslation('common');
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [slowAfterMs]);
  return (
    <div className="loading-note" role="status">
      <IconLoader2 className="spin" size={40} aria-hidden="true" />
      <p>{t('loading.text')}</p>
      {slow ? <p className="loading-slow">{t('loading.slow')}</p> : null}
    </div>
  );
}
