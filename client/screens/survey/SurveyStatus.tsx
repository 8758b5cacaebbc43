import { IconCloudCheck, IconCloudUpload, IconWifi, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSurveyStore } from '../../survey/useSurveyStore';

/** The line every survey screen keeps at the top: interviews done here, waiting to be sent, network. */
export function SurveyStatus() {
  const { t } = useTranslation('survey');
  const mine = useSurveyStore((state) => state.mine);
  const waiting = useSurveyStore((state) => state.waiting);
  const sync = useSurveyStore((state) => state.sync);
  const online = sync === 'saved' || sync === 'saving';
  return (
    <div className="survey-status" data-testid="survey-status" role="status">
      <span data-testid="survey-done" data-count={mine}>
        {t('status.done', { count: mine })}
      </span>
      <span data-testid="survey-waiting" data-count={waiting} className={waiting > 0 ? 'is-waiting' : ''}>
        {waiting > 0 ? (
          <IconCloudUpload size={20} aria-hidden="true" />
        ) : (
          <IconCloudCheck size={20} aria-hidden="true" />
        )}
        {waiting > 0 ? t('status.waiting', { count: waiting }) : t('status.allSent')}
      </span>
      <span data-testid="survey-network" data-online={online} className={online ? 'is-online' : 'is-offline'}>
        {online ? <IconWifi size={20} aria-hidden="true" /> : <IconWifiOff size={20} aria-hidden="true" />}
        {online ? t('status.online') : t('status.offline')}
      </span>
    </div>
  );
}
