import { IconKeyboard, IconMoodSmile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Button } from '../../ui/Button';
import { SpeakButton } from '../../ui/SpeakButton';
import '../screens.css';

/** After "end my session": the tablet kept nothing, and is ready for the next person. */
export function GoodbyeScreen() {
  const { t } = useTranslation('join');
  const [, navigate] = useLocation();
  return (
    <main className="error-screen resident" data-testid="goodbye">
      <div className="error-card">
        <span className="error-icon error-icon-happy" aria-hidden="true">
          <IconMoodSmile size={110} stroke={1.5} />
        </span>
        <h1>{t('goodbye.title')}</h1>
        <p className="error-next">{t('goodbye.text')}</p>
        <SpeakButton text={`${t('goodbye.title')} ${t('goodbye.text')}`} size="large" showLabel />
        <div className="error-actions">
          <Button
            label={t('goodbye.again')}
            icon={<IconKeyboard size={28} />}
            variant="primary"
            size="large"
            onClick={() => navigate('/j')}
          />
        </div>
      </div>
    </main>
  );
}
