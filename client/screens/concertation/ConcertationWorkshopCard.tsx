import { IconChevronDown, IconChevronUp, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ConcertationWorkshop } from '../../../shared/protocol/concertation';
import { Button } from '../../ui/Button';
import { spacedCode, workshopPath } from '../../workshop/links';
import { LinksPanel } from '../common/LinksPanel';
import { sinceText } from './sinceText';

/** One workshop of the concertation: where and when, how far it is, and (for the lead) its links. */
export function ConcertationWorkshopCard({ workshop }: { workshop: ConcertationWorkshop }) {
  const { t, i18n } = useTranslation(['concertation', 'common']);
  const [open, setOpen] = useState(false);
  const { state, tokens } = workshop;
  const headingId = `cw-${workshop.id}`;
  return (
    <li className="panel workshop-card" data-workshop={workshop.id} aria-labelledby={headingId}>
      <div className="workshop-card-head">
        <div>
          <h3 id={headingId}>{workshop.title}</h3>
          <p className="hint">{[workshop.place, workshop.date].filter(Boolean).join(' · ')}</p>
          {state ? (
            <p className="workshop-state" data-testid="workshop-state">
              <span>{t('card.phase', { phase: t(`common:phase.${state.phase}.name`) })}</span>
              <span>{t('card.residents', { count: state.residents })}</span>
              <span>{t('card.items', { count: state.items })}</span>
              <span>
                {state.lastActivity === null
                  ? t('card.nothingYet')
                  : t('card.lastActivity', {
                      when: sinceText(state.lastActivity, Date.now(), i18n.language),
                    })}
              </span>
            </p>
          ) : null}
          {workshop.joinCode ? (
            <p className="hint">
              {t('card.code')} <strong>{spacedCode(workshop.joinCode)}</strong>
            </p>
          ) : null}
        </div>
        {tokens ? (
          <div className="workshop-card-actions">
            <Link
              href={workshopPath(
                workshop.id,
                workshop.kind === 'stakeholders' ? tokens.stakeholder : tokens.facilitator,
              )}
              className="btn btn-primary btn-normal"
              data-testid="open-concertation-workshop"
            >
              <span className="btn-icon" aria-hidden="true">
                <IconPlayerPlay size={22} />
              </span>
              <span className="btn-label">{t('card.open')}</span>
            </Link>
            <Button
              label={open ? t('card.less') : t('card.links')}
              icon={open ? <IconChevronUp size={22} /> : <IconChevronDown size={22} />}
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            />
          </div>
        ) : null}
      </div>
      {open && tokens ? (
        <div className="workshop-card-body">
          <LinksPanel
            workshopId={workshop.id}
            tokens={tokens}
            joinCode={workshop.joinCode ?? null}
            warnLocalhost={false}
          />
        </div>
      ) : null}
    </li>
  );
}
