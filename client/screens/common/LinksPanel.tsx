import { IconQrcode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopTokens } from '../../../shared/protocol/http';
import { ROLES, type Role } from '../../../shared/schema/roles';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { QrCode } from '../../ui/QrCode';
import { spacedCode, workshopLink } from '../../workshop/links';
import { linksAreLocalOnly } from '../../workshop/shareOrigin';

export interface LinksPanelProps {
  workshopId: string;
  /** The tokens this laptop knows; a role without one is left out. */
  tokens: Partial<WorkshopTokens>;
  joinCode: string | null;
  /** The home page already warns about `localhost` once, above everything. */
  warnLocalhost?: boolean;
}

/** The four links of a workshop, each to copy or to show as a QR code, with who each one is for. */
export function LinksPanel({ workshopId, tokens, joinCode, warnLocalhost = true }: LinksPanelProps) {
  const { t } = useTranslation('home');
  const [shown, setShown] = useState<Role | null>(null);
  const roles = ROLES.filter((role) => tokens[role]);
  return (
    <div className="links-panel" data-testid="links-panel">
      {warnLocalhost && linksAreLocalOnly() ? <p className="warning">{t('links.localhost')}</p> : null}
      {joinCode ? (
        <p className="links-code">
          {t('links.code')} <strong data-testid="links-code">{spacedCode(joinCode)}</strong>
        </p>
      ) : null}
      <ul className="links-list">
        {roles.map((role) => {
          const link = workshopLink(workshopId, tokens[role] as string);
          return (
            <li key={role} className="link-row" data-role={role}>
              <div className="link-text-block">
                <h3>{t(`links.role.${role}.name`)}</h3>
                <p className="hint">{t(`links.role.${role}.for`)}</p>
                <p className="link-text" data-testid={`link-${role}`}>
                  {link}
                </p>
              </div>
              <div className="link-actions">
                <CopyButton text={link} label={t('links.copy')} />
                <Button
                  label={shown === role ? t('links.hideQr') : t('links.showQr')}
                  icon={<IconQrcode size={22} />}
                  pressed={shown === role}
                  onClick={() => setShown(shown === role ? null : role)}
                />
              </div>
              {shown === role ? (
                <div className="link-qr">
                  <QrCode
                    text={link}
                    size={240}
                    label={t('links.qrLabel', { role: t(`links.role.${role}.name`) })}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {tokens.facilitator ? <p className="hint">{t('links.secret')}</p> : null}
    </div>
  );
}
