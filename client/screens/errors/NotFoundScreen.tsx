import { IconHome, IconKeyboard, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Button } from '../../ui/Button';
import '../screens.css';

export default function NotFoundScreen() {
  const { t } = useTranslation('common');
  const [, navigate] = useLocation();
  return (
    <main className="error-screen resident">
      <div className="error-card">
        <span className="error-icon" aria-hidden="true">
          <IconMapQuestion size={96} stroke={1.5} />
        </span>
        <h1>{t('notFound.title')}</h1>
        <p className="error-next">{t('notFound.next')}</p>
        <div className="error-actions">
          <Button
            label={t('action.typeCode')}
            icon={<IconKeyboard size={28} />}
            variant="primary"
            size="large"
            onClick={() => navigate('/j')}
          />
          <Button
            label={t('action.home')}
            icon={<IconHome size={28} />}
            size="large"
            onClick={() => navigate('/')}
          />
        </div>
      </div>
    </main>
  );
}
