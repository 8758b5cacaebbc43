/**
 * A new proposal: a pictogram, a few words (typed or dictated), and the difficulties it answers,
 * chosen by their pictograms (each shown with the activity it was found in).
 */
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { difficultyChoices } from '../../shared/model/threads';
import type { BoardItem } from '../../shared/schema/board';
import { Button } from '../ui/Button';
import { Pictogram } from '../ui/Pictogram';
import { addProposalCommand, type CommandResult } from './commands';
import { ItemPicture } from './ItemPicture';
import { itemName } from './pictogramWords';
import { PROPOSAL_PICTOGRAMS } from './proposalPictograms';
import type { BoardSnapshot, Fresco } from './useFresco';
import { WordsField } from './WordsField';

export function ProposalForm({
  fresco,
  snapshot,
  initialDifficulties,
  onClose,
  report,
}: {
  fresco: Fresco;
  snapshot: BoardSnapshot;
  initialDifficulties: string[];
  onClose(): void;
  report(result: CommandResult): void;
}) {
  const { t } = useTranslation('fresco');
  const nameOf = (item: BoardItem) => itemName(item, fresco.resolve(item.pictogram)) || t('item.unknown');
  const [pictogram, setPictogram] = useState(PROPOSAL_PICTOGRAMS[0] ?? '');
  const [words, setWords] = useState('');
  const [linked, setLinked] = useState<string[]>(initialDifficulties);
  const choices = difficultyChoices(snapshot.items);
  const toggle = (id: string) =>
    setLinked((current) =>
      current.includes(id) ? current.filter((entry) => entry !== id) : [...current, id],
    );
  const submit = () => {
    const result = addProposalCommand(fresco.ctx, { pictogram, label: words, difficultyIds: linked });
    report(result);
    if (result.ok) onClose();
  };
  return (
    <form
      className="proposal-form"
      aria-labelledby="proposal-form-title"
      data-testid="proposal-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id="proposal-form-title">{t('proposals.new')}</h3>
      <fieldset className="choice-row">
        <legend>{t('proposals.pictogram')}</legend>
        {PROPOSAL_PICTOGRAMS.map((id) => (
          <button
            key={id}
            type="button"
            className="choice"
            aria-pressed={pictogram === id}
            aria-label={fresco.resolve(id).label}
            data-pictogram={id}
            onClick={() => setPictogram(id)}
          >
            <Pictogram id={id} size={48} alt="" />
          </button>
        ))}
      </fieldset>
      <WordsField
        value={words}
        label={t('proposals.words')}
        placeholder={t('proposals.wordsHint')}
        onSave={setWords}
        live
      />
      <fieldset className="choice-row">
        <legend>{t('proposals.answers')}</legend>
        {choices.length === 0 ? <p>{t('proposals.noDifficulties')}</p> : null}
        {choices.map(({ difficulty, activity }) => {
          const name = nameOf(difficulty);
          const where = activity ? nameOf(activity) : '';
          return (
            <button
              key={difficulty.id}
              type="button"
              className="choice choice-wide"
              aria-pressed={linked.includes(difficulty.id)}
              data-difficulty={difficulty.id}
              onClick={() => toggle(difficulty.id)}
            >
              <ItemPicture fresco={fresco} item={difficulty} size={40} />
              <span dir="auto">
                {name}
                {difficulty.label ? ` « ${difficulty.label} »` : ''}
                {where ? <small> · {where}</small> : null}
              </span>
            </button>
          );
        })}
      </fieldset>
      <div className="form-actions">
        <Button label={t('proposals.cancel')} icon={<IconX size={26} />} onClick={onClose} />
        <Button
          type="submit"
          variant="primary"
          size="large"
          label={t('proposals.submit')}
          icon={<IconCheck size={28} />}
        />
      </div>
    </form>
  );
}
