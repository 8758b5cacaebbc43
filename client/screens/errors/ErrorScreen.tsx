import {
  IconAlertCircle,
  IconCloudOff,
  IconDoorOff,
  IconFileOff,
  IconHome,
  IconKeyboard,
  IconLinkOff,
  IconRefresh,
  IconUserOff,
  type TablerIcon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { WorkshopFailure } from '../../sync/failure';
import { Button } from '../../ui/Button';
import { SpeakButton } from '../../ui/SpeakButton';
import '../screens.css';

const ICONS: Record<WorkshopFailure, TablerIcon> = {
  no_token: IconLinkOff,
  deleted: IconFileOff,
  wrong_link: IconLinkOff,
  seat_freed: IconUserOff,
  door_closed: IconDoorOff,
  unreachable: IconCloudOff,
  schema_too_new: IconAlertCircle,
  server_error: IconAlertCircle,
};

export interface ErrorScreenProps {
  failure: WorkshopFailure;
  onRetry?: () => void;
  /** Residents' screens are bigger and offer the keypad first. */
  resident?: boolean;
}

/**
 * A failure in plain words: what happened, what to do next, and (for a tablet) that its work is kept.
 * Never a blank screen, never a spinner that turns forever.
 */
export function ErrorScreen({ failure, onRetry, resident = true }: ErrorScreenProps) {
  const { t } = useTranslation('common');
  const [, navigate] = useLocation();
  const Icon = ICONS[failure];
  const title = t(`failure.${failure}.title`);
  const next = t(`failure.${failure}.next`);
  const keptOnDevice = failure === 'seat_freed' || failure === 'unreachable' || failure === 'server_error';
  return (
    <main className={`error-screen ${resident ? 'resident' : ''}`} data-failure={failure}>
      <div className="error-card" role="alert">
        <span className="error-icon" aria-hidden="true">
          <Icon size={96} stroke={1.5} />
        </span>
        <h1>{title}</h1>
        <p className="error-next">{next}</p>
        {keptOnDevice ? <p className="error-kept">{t('failure.kept')}</p> : null}
        <SpeakButton text={`${title}. ${next}`} size="large" showLabel />
        <div className="error-actions">
          {onRetry ? (
            <Button
              label={t('action.retry')}
              icon={<IconRefresh size={28} />}
              variant="primary"
              size="large"
              onClick={onRetry}
            />
          ) : null}
          {failure !== 'unreachable' ? (
            <Button
              label={t('action.typeCode')}
              icon={<IconKeyboard size={28} />}
              variant={onRetry ? 'secondary' : 'primary'}
              size="large"
              onClick={() => navigate('/j')}
            />
          ) : null}
          {resident ? null : (
            <Button
              label={t('action.home')}
              icon={<IconHome size={28} />}
              size="large"
              onClick={() => navigate('/')}
            />
          )}
        </div>
      </div>
    </main>
  );
}
