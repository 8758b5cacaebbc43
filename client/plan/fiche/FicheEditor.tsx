/**
 * The fiche action editor (PRODUCT.md §5): every field of the sheet in reading order, plain labels,
 * native inputs (keyboard and screen readers work as everywhere), odd input said at the field and kept
 * as typed. Short fields are written on each keystroke; long fields are live Y.Text (LiveTextField).
 * Every write goes through the plan's commands; a refusal shows as the plan's cue.
 */
import { useTranslation } from 'react-i18next';
import { type ActionProblem, actionCompleteness } from '../../../shared/model/actionChecks';
import type { Synthesis } from '../../../shared/model/synthesis';
import type { Board } from '../../../shared/schema/board';
import type { CapabilityAxis } from '../../../shared/schema/control';
import type { Action, ActionScalarField, ActionTextField } from '../../../shared/schema/plan';
import { Button } from '../../ui/Button';
import {
  appendContextCommand,
  linkItemCommand,
  setFieldCommand,
  setScoreCommand,
  unlinkItemsCommand,
} from '../commands';
import { contextText, echoOfLinks } from '../model/fieldReturn';
import { CapabilityRadar } from '../radar/CapabilityRadar';
import { ScoreSteps } from '../radar/ScoreSteps';
import { usePictogramName } from '../usePictogramName';
import { answer } from '../usePlanCue';
import { usePlanWriter } from '../usePlanWriter';
import { Completeness } from './Completeness';
import { DeleteFiche } from './DeleteFiche';
import { describedBy, FieldRow } from './FieldRow';
import { LinkedItems } from './LinkedItems';
import { LiveTextField } from './LiveTextField';
import { NatureChoice } from './NatureChoice';
import { type ProblemField, problemsByField, problemText } from './problems';
import { ScalarField } from './ScalarField';
import { StatusAxisFields } from './StatusAxisFields';
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

const REQUIRED = new Set(['title', 'nature', 'owner', 'objectives', 'start', 'end', 'audience']);
const fid = (field: string) => `fiche-${field}`;

export function FicheEditor(props: FicheEditorProps) {
  const { action, axes, span } = props;
  const { t } = useTranslation('plan');
  const writer = usePlanWriter();
  const pictogramName = usePictogramName(props.synthesis.itemLabels);
  const contextWords = useContextWords();
  const byField = problemsByField(props.problems);
  const messagesOf = (field: ProblemField) =>
    (byField.get(field) ?? []).map((problem) => problemText(t, problem, action, span));
  const set = (field: ActionScalarField, value: string) =>
    answer(setFieldCommand(writer, action.id, field, value));
  const score = (axis: string, value: number) => answer(setScoreCommand(writer, action.id, axis, value));

  const scalar = (
    field: ActionScalarField,
    options: { hint?: string; list?: string; messages?: string[] } = {},
  ) => (
    <ScalarField
      id={fid(field)}
      label={t(`field.${field}`)}
      value={action[field]}
      required={REQUIRED.has(field)}
      requiredLabel={t('field.required')}
      onWrite={(value) => setFieldCommand(writer, action.id, field, value)}
      {...options}
    />
  );

  const long = (field: ActionTextField, hint?: string, rows = 3) => (
    <FieldRow
      id={fid(field)}
      label={t(`field.${field}`)}
      hint={hint}
      required={REQUIRED.has(field)}
      requiredLabel={t('field.required')}
    >
      <LiveTextField
        writer={writer}
        actionId={action.id}
        field={field}
        value={action[field]}
        id={fid(field)}
        rows={rows}
        describedBy={describedBy(fid(field), Boolean(hint), 0)}
      />
    </FieldRow>
  );

  const echo = echoOfLinks(action.links, props.board, props.synthesis);
  const fillContext = () =>
    answer(appendContextCommand(writer, action, contextText(echo, contextWords, pictogramName)));

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
        <StatusAxisFields action={action} axes={axes} onSet={set} />
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
          onUnlink={(ids) => answer(unlinkItemsCommand(writer, action.id, ids))}
          onLink={(itemId) => answer(linkItemCommand(writer, action.id, itemId))}
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
        <CapabilityRadar axes={axes} scores={action.capabilities} onScore={score} />
        <ScoreSteps actionId={action.id} axes={axes} scores={action.capabilities} onScore={score} />
      </section>

      <Datalist id="plan-owners" values={props.owners} />
      <Datalist id="plan-themes" values={props.themes} />
      <DeleteFiche action={action} writer={writer} onDeleted={props.onDeleted} />
    </form>
  );
}

function Datalist({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
}
