import { IconDoorOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { JoinInvitation } from '../../presence/usePresence';
import { QrCode } from '../../ui/QrCode';
import { joinByCodeLink, joinPageShortLink, spacedCode } from '../../workshop/links';

export interface JoinPanelProps {
  invitation: JoinInvitation | null;
  doorOpen: boolean;
  size: 'projector' | 'facilitator';
}

/** How to come in: a QR code to scan and a 6-digit code to type, or a closed door. */
export function JoinPanel({ invitation, doorOpen, size }: JoinPanelProps) {
  const { t } = useTranslation('projector');
  if (!doorOpen) {
    return (
      <div className={`join-panel join-${size} join-closed`} data-testid="join-closed">
        <IconDoorOff size={size === 'projector' ? 160 : 72} stroke={1.4} aria-hidden="true" />
        <p className="join-closed-text">{t('join.closed')}</p>
      </div>
    );
  }
  if (!invitation) {
    return (
      <div className={`join-panel join-${size} join-waiting`}>
        <p>{t('join.waiting')}</p>
      </div>
    );
  }
  const qrText = invitation.link ?? joinByCodeLink(invitation.code);
  return (
    <div className={`join-panel join-${size}`} data-testid="join-panel">
      <figure className="join-qr">
        <QrCode text={qrText} size={size === 'projector' ? 420 : 200} label={t('join.qrLabel')} />
        <figcaption>{t('join.scan')}</figcaption>
      </figure>
      <div className="join-code-box">
        <p className="join-or">{t('join.orType', { address: joinPageShortLink() })}</p>
        <p className="join-code" data-testid="join-code">
          <span aria-hidden="true">{spacedCode(invitation.code)}</span>
          <span className="visually-hidden">
            {t('join.codeLabel', { code: invitation.code.split('').join(' ') })}
          </span>
        </p>
      </div>
    </div>
  );
}
