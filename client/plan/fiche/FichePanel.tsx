/**
 * The side panel holding one fiche: its number and title, who else has it open, then the editor (or
 * the read-only fiche on screens that may not write the plan). Focus moves to its heading when another
 * fiche opens, so a screen reader says which one.
 */
import { IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionProblem } from '../../../shared/model/actionChecks';
import type { Synthesis } from '../../../shared/model/synthesis';
import type { Board } from '../../../shared/schema/board';
import type { CapabilityAxis } from '../../../shared/schema/control';
import type { Action } from '../../../shared/schema/plan';
import { Button } from '../../ui/Button';
import type { PlanPeer } from '../usePlanPresence';
import { FicheEditor } from './FicheEditor';
import { FicheReadOnly } from './FicheReadOnly';

export interface FichePanelProps {
  action: Action;
  editable: boolean;
  problems: readonly ActionProblem[];
  board: Board;
  synthesis: Synthesis;
  span: { start: string; end: string };
  axes: readonly CapabilityAxis[];
  owners: readonly string[];
  themes: readonly string[];
  others: readonly PlanPeer[];
  peerName(peer: PlanPeer): string;
  onClose(): void;
}

export function FichePanel(props: FichePanelProps) {
  const { action } = props;
  const { t } = useTranslation('plan');
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves each time another fiche opens.
  useEffect(() => {
    heading.current?.focus();
  }, [action.id]);
  return (
    <aside className="fiche" aria-labelledby="fiche-heading" data-testid="fiche" data-action-id={action.id}>
      <header className="fiche-header">
        <h2 id="fiche-heading" ref={heading} tabIndex={-1}>
          <span className="fiche-number">{t('fiche.number', { number: action.number })}</span>
          <span className="fiche-title">{action.title.trim() || t('untitled')}</span>
        </h2>
        <Button
          label={t('fiche.close')}
          icon={<IconX size={24} />}
          showLabel={false}
          variant="quiet"
          onClick={props.onClose}
        />
      </header>
      {props.others.length > 0 ? (
        <p className="fiche-presence" data-testid="fiche-presence">
          {props.others.map((peer) => (
            <span key={peer.clientId} className="peer-chip" style={{ background: peer.color }}>
              {props.peerName(peer)}
            </span>
          ))}{' '}
          {t('presence.alsoHere', { count: props.others.length })}
        </p>
      ) : null}
      <div className="fiche-body">
        {props.editable ? (
          <FicheEditor
            key={action.id}
            action={action}
            problems={props.problems}
            board={props.board}
            synthesis={props.synthesis}
            span={props.span}
            axes={props.axes}
            owners={props.owners}
            themes={props.themes}
            onDeleted={props.onClose}
          />
        ) : (
          <FicheReadOnly action={action} board={props.board} synthesis={props.synthesis} axes={props.axes} />
        )}
      </div>
    </aside>
  );
}
