/**
 * In place of a fiche removed on another screen while it was open here: what it held, as text, and a
 * way to write it again (a new fiche with every field, score and link), or to let it go.
 */
import { IconArrowBackUp, IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Synthesis } from '../../../shared/model/synthesis';
import type { Board } from '../../../shared/schema/board';
import type { CapabilityAxis } from '../../../shared/schema/control';
import type { Action } from '../../../shared/schema/plan';
import { Button } from '../../ui/Button';
import { restoreActionCommand } from '../commands';
import { answer } from '../usePlanCue';
import { usePlanWriter } from '../usePlanWriter';
import { FicheReadOnly } from './FicheReadOnly';
import './removedFiche.css';

export interface RemovedFicheProps {
  action: Action;
  board: Board;
  synthesis: Synthesis;
  axes: readonly CapabilityAxis[];
  onRestored(id: string): void;
  onClose(): void;
}

export function RemovedFiche({ action, onRestored, onClose, ...readOnly }: RemovedFicheProps) {
  const { t } = useTranslation('plan');
  const writer = usePlanWriter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const restore = () => {
    const result = answer(restoreActionCommand(writer, action));
    if (result.ok && result.id) onRestored(result.id);
  };
  return (
    <aside
      className="fiche fiche-removed"
      aria-labelledby="fiche-removed-heading"
      data-testid="fiche-removed"
    >
      <header className="fiche-header">
        <h2 id="fiche-removed-heading" ref={heading} tabIndex={-1}>
          <span className="fiche-number">{t('fiche.number', { number: action.number })}</span>
          <span className="fiche-title">{action.title.trim() || t('untitled')}</span>
        </h2>
        <Button
          label={t('removed.close')}
          icon={<IconX size={24} />}
          showLabel={false}
          variant="quiet"
          onClick={onClose}
        />
      </header>
      <div className="fiche-body">
        <p className="warn-banner fiche-removed-note">{t('removed.note')}</p>
        <div className="fiche-removed-actions">
          <Button
            label={t('removed.restore')}
            icon={<IconArrowBackUp size={22} />}
            variant="primary"
            data-testid="fiche-restore"
            onClick={restore}
          />
          <Button label={t('removed.close')} variant="quiet" onClick={onClose} />
        </div>
        <FicheReadOnly action={action} {...readOnly} />
      </div>
    </aside>
  );
}
