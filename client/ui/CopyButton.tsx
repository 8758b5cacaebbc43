import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { copyText } from './copyText';

/** Copies `text` and says so for a moment ("Copié"). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation('common');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <Button
      label={state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : label}
      icon={state === 'copied' ? <IconCheck size={22} /> : <IconCopy size={22} />}
      onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
    />
  );
}
