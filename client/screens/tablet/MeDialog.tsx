import { IconLogout, IconPencil, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/schema/board';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { type EndSessionResult, endMySession } from '../../workshop/endSession';
import { useWorkshopConnection } from '../../workshop/WorkshopConnectionContext';
import { useWorkshopSession } from '../../workshop/WorkshopSessionContext';

export interface MeDialogProps {
  open: boolean;
  me: Participant;
  onClose(): void;
  onChange(step: 'avatar' | 'name'): void;
}

/** "Me": change the picture or the name, or end the session on a shared tablet. */
export function MeDialog({ open, me, onClose, onChange }: MeDialogProps) {
  const { t } = useTranslation('join');
  const { workshopId, token } = useWorkshopSession();
  const connection = useWorkshopConnection();
  const [confirming, setConfirming] = useState(false);
  const [ending, setEnding] = useState(false);
  const [result, setResult] = useState<EndSessionResult | null>(null);

  const close = () => {
    setConfirming(false);
    setResult(null);
    onClose();
  };

  const end = async () => {
    setEnding(true);
    setResult(null);
    const outcome = await endMySession(connection, workshopId, token);
    setEnding(false);
    if (outcome !== 'ended') setResult(outcome);
  };

  return (
    <Dialog open={open} title={t('me.title')} onClose={close} className="resident">
      <div className="me-dialog" data-testid="me-dialog">
        <Avatar avatar={me.avatar} color={me.color} name={me.name} size={96} />
        {confirming ? (
          <div className="me-confirm">
            <p className="me-confirm-text">{t('me.endConfirm')}</p>
            {ending ? <p role="status">{t('me.ending')}</p> : null}
            {result ? (
              <p className="me-confirm-problem" role="alert">
                {t(`me.endProblem.${result}`)}
              </p>
            ) : null}
            <div className="me-actions">
              <Button
                label={t('me.endNo')}
                size="large"
                onClick={() => setConfirming(false)}
                disabled={ending}
              />
              <Button
                label={t('me.endYes')}
                icon={<IconLogout size={30} />}
                variant="danger"
                size="large"
                onClick={() => void end()}
                disabled={ending}
              />
            </div>
          </div>
        ) : (
          <div className="me-actions me-actions-column">
            <Button
              label={t('me.changeName')}
              icon={<IconPencil size={30} />}
              size="large"
              onClick={() => onChange('name')}
            />
            <Button
              label={t('me.changeAvatar')}
              icon={<IconPhoto size={30} />}
              size="large"
              onClick={() => onChange('avatar')}
            />
            <LanguageSwitch size="large" />
            <Button
              label={t('me.end')}
              icon={<IconLogout size={30} />}
              variant="danger"
              size="large"
              onClick={() => setConfirming(true)}
            />
          </div>
        )}
      </div>
    </Dialog>
  );
}
