import { IconRefresh, IconX } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../../sync/useConnectionStore';
import { Button } from '../../ui/Button';
import { SpeakButton } from '../../ui/SpeakButton';
import './resetNotice.css';

/** Long enough to be read aloud slowly; the person may also close it. */
const SHOWN_MS = 15_000;

/**
 * Said calmly after the server refused one of this screen's changes and the document was put back as
 * the server has it: nothing broke, one change did not stick.
 */
export function ResetNotice() {
  const { t } = useTranslation('common');
  const notice = useConnectionStore((store) => store.resetNotice);
  const dismiss = useConnectionStore((store) => store.dismissResetNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  const text = t(`reset.${notice.docName}`);
  return (
    <div className="reset-notice warn-banner" role="status" aria-live="polite" data-testid="reset-notice">
      <IconRefresh size={30} aria-hidden="true" />
      <span>{text}</span>
      <SpeakButton text={text} />
      <Button label={t('action.close')} icon={<IconX size={26} />} variant="quiet" onClick={dismiss} />
    </div>
  );
}
