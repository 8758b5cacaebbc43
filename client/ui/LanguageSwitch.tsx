import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { Button } from './Button';

/** One button that switches between French and English, named in the language it switches to. */
export function LanguageSwitch({ size = 'normal' }: { size?: 'normal' | 'large' }) {
  const { t, i18n } = useTranslation('common');
  const next = i18n.language === 'en' ? 'fr' : 'en';
  return (
    <Button
      label={t(`language.switchTo.${next}`)}
      icon={<IconLanguage size={26} />}
      size={size}
      variant="quiet"
      lang={next}
      onClick={() => setLanguage(next)}
    />
  );
}
