import { IconQrcode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyPath } from '../../../shared/protocol/survey';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { QrCode } from '../../ui/QrCode';
import { shareOrigin } from '../../workshop/shareOrigin';

/** A session's interviewer link, to copy or to show as a QR code, as a workshop's links are shown. */
export function SurveyLink(props: { surveyId: string; token: string; place: string }) {
  const { t } = useTranslation('diagnostic');
  const [qr, setQr] = useState(false);
  const link = `${shareOrigin()}${surveyPath(props.surveyId, props.token)}`;
  return (
    <div className="link-row survey-link" data-testid="survey-link">
      <div className="link-text-block">
        <h4>{t('sessions.card.link')}</h4>
        <p className="hint">{t('sessions.card.linkHint')}</p>
        <p className="link-text" data-testid="survey-link-text">
          {link}
        </p>
      </div>
      <div className="link-actions">
        <CopyButton text={link} label={t('sessions.card.copy')} />
        <Button
          label={qr ? t('sessions.card.hideQr') : t('sessions.card.showQr')}
          icon={<IconQrcode size={22} />}
          pressed={qr}
          onClick={() => setQr(!qr)}
          data-testid="survey-show-qr"
        />
      </div>
      {qr ? (
        <div className="link-qr">
          <QrCode text={link} size={240} label={t('sessions.card.qrLabel', { place: props.place })} />
        </div>
      ) : null}
    </div>
  );
}
