/**
 * The fiche action editor (PRODUCT.md §5): every field of the sheet in reading order, plain labels,
 * native inputs (keyboard and screen readers work as everywhere), odd input said at the field and kept
 * as typed. Short fields are written on each keystroke; long fields are live Y.Text (LiveTextField).
 */
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActionProblem, actionCompleteness } from '../../../shared/model/actionChecks';
import type { Synthesis } from '../../../shared/model/synthesis';
import { updateAction } from '../../../shared/ops/plan/actions';
import { linkAction, setCapabilityScore, unlinkAction } from '../../../shared/ops/plan/sheet';
import { replaceActionText } from '../../../shared/ops/plan/text';
import type { Board } from '../../../shared/schema/board';
import type { CapabilityAxis } from '../../../shared/schema/control';
import {
  type Action,
  type ActionScalarField,
  type ActionTextField,
  STATUSES,
} from '../../../shared/schema/plan';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useWorkshopSession } from '../../workshop/WorkshopSessionContext';
import { deleteAction } from '../commands';
import { contextText, echoOfLinks } from '../model/fieldReturn';
import { CapabilityRadar } from '../radar/CapabilityRadar';
import { ScoreSteps } from '../radar/ScoreSteps';
import { usePictogramName } from '../usePictogramName';
import { Completeness } from './Completeness';
import { describedBy, FieldRow } from './FieldRow';
import { LinkedItems } from './LinkedItems';
import { LiveTextField } from './LiveTextField';
import { NatureChoice } from './NatureChoice';
import { type ProblemField, problemsByField, problemText } from './problems';
import { useContextWords } from './useContextWords';

export interface FicheEditorProps {
  action: Action;
  problems: readonly ActionProblem[];
  board: Board;
  synthesis: Synthesis;
  span: { start: string; end: string };
  axes: readonly CapabilityAxis[];
  owners: readonly string[];
  themes: readonly string[];
  onDeleted(): void;
}

export function FicheEditor(props: FicheEditorProps) {
  const { action, axes, span } = props;
  const { t } = useTranslation('plan');
  const { docs, origin } = useWorkshopSession();
  const doc = docs.plan;
  const [confirming, setConfirming] = useState(false);
  const pictogramName = usePictogramName(props.synthesis.itemLabels);
  const contextWords = useContextWords();
  const byField = problemsByField(props.problems);
  const messagesOf = (field: ProblemField) =>
    (byField.get(field) ?? []).map((problem) => problemText(t, problem, action, span));
  const required = new Set(['title', 'nature', 'owner', 'objectives', 'start', 'end', 'audience']);
  const set = (field: ActionScalarField, value: string) =>
    updateAction(doc, { id: action.id, [field]: value }, origin);
  const fid = (field: string) => `fiche-${field}`;

  const scalar = (
    field: ActionScalarField,
    options: { hint?: string; list?: string; messages?: string[] } = {},
  ) => {
    const messages = options.messages ?? [];
    return (
      <FieldRow
        id={fid(field)}
        label={t(`field.${field}`)}
        hint={options.hint}
        messages={messages}
        required={required.has(field)}
        requiredLabel={t('field.required')}
      >
        <input
          id={fid(field)}
          type="text"
          value={action[field]}
          list={options.list}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={describedBy(fid(field), Boolean(options.hint), messages.length)}
          onChange={(event) => set(field, event.target.value)}
        />
      </FieldRow>
    );
  };

  const long = (field: ActionTextField, hint?: string, rows = 3) => (
    <FieldRow
      id={fid(field)}
      label={t(`field.${field}`)}
      hint={hint}
      required={required.has(field)}
      requiredLabel={t('field.required')}
    >
      <LiveTextField
        doc={doc}
        actionId={action.id}
        field={field}
        value={action[field]}
        origin={origin}
        id={fid(field)}
        rows={rows}
        describedBy={describedBy(fid(field), Boolean(hint), 0)}
      />
    </FieldRow>
  );

  const echo = echoOfLinks(action.links, props.board, props.synthesis);
  const fillContext = () => {
    const text = contextText(echo, contextWords, pictogramName);
    const current = action.context.trim();
    replaceActionText(
      doc,
      { id: action.id, field: 'context', text: current ? `${action.context}\n\n${text}` : text },
      origin,
    );
  };

  return (
    <form
      className="fiche-form"
      onSubmit={(event) => event.preventDefault()}
      aria-label={t('fiche.formLabel')}
    >
      <Completeness missing={actionCompleteness(action)} />
      <section className="fiche-section" aria-labelledby="fiche-s-identity">
        <h3 id="fiche-s-identity">{t('fiche.identity')}</h3>
        {scalar('title', { messages: messagesOf('title') })}
        <NatureChoice
          value={action.nature}
          name={`nature-${action.id}`}
          onChange={(nature) => set('nature', nature)}
        />
        <div className="fiche-pair">
          <FieldRow id={fid('status')} label={t('field.status')}>
            <select
              id={fid('status')}
              value={action.status}
              onChange={(event) => set('status', event.target.value)}
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </FieldRow>
          <FieldRow id={fid('axis')} label={t('field.axis')}>
            <select
              id={fid('axis')}
              value={action.axis}
              onChange={(event) => set('axis', event.target.value)}
            >
              <option value="">{t('field.noAxis')}</option>
              {axes.map((axis) => (
                <option key={axis.id} value={axis.id}>
                  {axis.label}
                </option>
              ))}
              {action.axis && !axes.some((axis) => axis.id === action.axis) ? (
                <option value={action.axis}>{t('field.removedAxis')}</option>
              ) : null}
            </select>
          </FieldRow>
        </div>
        {scalar('theme', { list: 'plan-themes' })}
      </section>

      <section className="fiche-section" aria-labelledby="fiche-s-who">
        <h3 id="fiche-s-who">{t('fiche.who')}</h3>
        {scalar('owner', { list: 'plan-owners', hint: t('hint.owner') })}
        {scalar('partners', { hint: t('hint.partners') })}
      </section>

      <section className="fiche-section" aria-labelledby="fiche-s-when">
        <h3 id="fiche-s-when">{t('fiche.when')}</h3>
        <p className="hint">{t('hint.calendar', { start: span.start, end: span.end })}</p>
        <div className="fiche-pair">
          {scalar('start', { hint: t('hint.month'), messages: messagesOf('start') })}
          {scalar('end', { hint: t('hint.month'), messages: messagesOf('end') })}
        </div>
      </section>

      <section className="fiche-section" aria-labelledby="fiche-s-why">
        <h3 id="fiche-s-why">{t('fiche.why')}</h3>
        <h4 className="fiche-label">{t('links.title')}</h4>
        <LinkedItems
          links={action.links}
          board={props.board}
          synthesis={props.synthesis}
          onUnlink={(ids) => {
            for (const itemId of ids) unlinkAction(doc, { id: action.id, itemId }, origin);
          }}
          onLink={(itemId) => linkAction(doc, { id: action.id, itemId }, origin)}
        />
        {echo.difficulties.length + echo.proposals.length > 0 ? (
          <Button label={t('links.fillContext')} onClick={fillContext} />
        ) : null}
        {long('context', t('hint.context'), 5)}
        {long('objectives', undefined, 4)}
        {long('audience', t('hint.audience'), 2)}
      </section>

      <section className="fiche-section" aria-labelledby="fiche-s-how">
        <h3 id="fiche-s-how">{t('fiche.how')}</h3>
        {long('description', t('hint.description'), 5)}
        {long('resources', t('hint.resources'), 3)}
        {scalar('budget', { hint: t('hint.budget'), messages: messagesOf('budget') })}
        {long('indicators', t('hint.indicators'), 3)}
      </section>

      <section className="fiche-section" aria-labelledby="fiche-s-radar">
        <h3 id="fiche-s-radar">{t('fiche.radar')}</h3>
        <p className="hint">{t('hint.radar')}</p>
        <CapabilityRadar
          axes={axes}
          scores={action.capabilities}
          onScore={(axis, score) => setCapabilityScore(doc, { id: action.id, axis, score }, origin)}
        />
        <ScoreSteps
          actionId={action.id}
          axes={axes}
          scores={action.capabilities}
          onScore={(axis, score) => setCapabilityScore(doc, { id: action.id, axis, score }, origin)}
        />
      </section>

      <datalist id="plan-owners">
        {props.owners.map((owner) => (
          <option key={owner} value={owner} />
        ))}
      </datalist>
      <datalist id="plan-themes">
        {props.themes.map((theme) => (
          <option key={theme} value={theme} />
        ))}
      </datalist>

      <footer className="fiche-footer">
        <Button
          label={t('fiche.delete')}
          icon={<IconTrash size={20} />}
          variant="danger"
          onClick={() => setConfirming(true)}
        />
      </footer>
      <Dialog
        open={confirming}
        title={t('fiche.deleteTitle', { number: action.number })}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button label={t('fiche.keep')} onClick={() => setConfirming(false)} />
            <Button
              label={t('fiche.deleteConfirm')}
              variant="danger"
              onClick={() => {
                setConfirming(false);
                deleteAction({ doc, origin }, action.id);
                props.onDeleted();
              }}
            />
          </>
        }
      >
        <p>{t('fiche.deleteText', { title: action.title || t('untitled') })}</p>
      </Dialog>
    </form>
  );
}
