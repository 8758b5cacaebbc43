/**
 * *Tirer le fil*: the thread of one activity. Shows the activity, the difficulties already hung off it
 * (with their words and their author's colour), and lets residents add difficulties by tapping their
 * pictograms, then say or type a few words. If the activity disappears (someone removed it), the panel
 * closes calmly with a short note instead of failing.
 */
import { IconTrash } from '@tabler/icons-react';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canChangeItem, readThread } from '../../shared/model/threads';
import type { BoardItem } from '../../shared/schema/board';
import { Button } from '../ui/Button';
import { Pictogram } from '../ui/Pictogram';
import { SpeakButton } from '../ui/SpeakButton';
import { addDifficultyCommand, type CommandResult, removeItemCommand, setWordsCommand } from './commands';
import { FramedItemPicture, ItemPicture } from './ItemPicture';
import { type PaletteGroup, paletteGroups } from './Palette';
import { itemName, itemWords } from './pictogramWords';
import { SheetBack } from './SheetBack';
import { type Fresco, useBoardSnapshot } from './useFresco';
import { useFrescoStore } from './useFrescoStore';
import { WordsField } from './WordsField';

export interface ThreadPanelProps {
  fresco: Fresco;
  activityId: string;
  report(result: CommandResult): void;
  /** Residents may add in the thread phase; the facilitator always; viewers never. */
  canAdd: boolean;
}

export function ThreadPanel({ fresco, activityId, report, canAdd }: ThreadPanelProps) {
  const { t } = useTranslation('fresco');
  const snapshot = useBoardSnapshot(fresco.index);
  const openThread = useFrescoStore((state) => state.openThread);
  const thread = useMemo(() => readThread(snapshot.items, activityId), [snapshot.items, activityId]);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the thread each time another one opens.
  useEffect(() => {
    heading.current?.focus();
  }, [activityId]);
  useEffect(() => {
    if (thread !== null) return;
    setGone(true);
    const timer = setTimeout(() => openThread(null), 2500);
    return () => clearTimeout(timer);
  }, [thread, openThread]);

  const groups = useMemo(
    () => paletteGroups('difficulty', fresco.settings.customPictograms, fresco.lang, t('palette.custom')),
    [fresco.settings.customPictograms, fresco.lang, t],
  );

  if (!thread) {
    return (
      <aside
        className="side-panel thread-panel"
        aria-label={t('thread.title')}
        data-testid="thread-panel"
        data-gone={gone}
      >
        <p className="thread-gone" role="status">
          {t('thread.gone')}
        </p>
        <Button label={t('phone.back')} data-testid="thread-back" onClick={() => openThread(null)} />
      </aside>
    );
  }
  const { activity, difficulties } = thread;
  const activityName = itemWords(activity, fresco.resolve(activity.pictogram));
  const add = (pictogram: string) => {
    const result = addDifficultyCommand(fresco.ctx, activity.id, pictogram, fresco.customWords(pictogram));
    report(result);
    if (result.ok && result.id) setJustAdded(result.id);
  };

  return (
    <aside
      className="side-panel thread-panel"
      aria-labelledby="thread-heading"
      data-testid="thread-panel"
      data-activity={activity.id}
    >
      <header className="panel-header">
        {/* First in the header and labelled: on a phone the thread covers the fresco, the way back must be plain. */}
        <SheetBack
          className="sheet-back"
          label={t('phone.back')}
          testId="thread-back"
          onBack={() => openThread(null)}
        />
        <FramedItemPicture fresco={fresco} item={activity} size={64} />
        <h2 id="thread-heading" tabIndex={-1} ref={heading} dir="auto">
          {activityName}
        </h2>
        <SpeakButton text={activityName} size="large" />
        {fresco.actor.role === 'facilitator' ? (
          <Button
            label={t('thread.removeActivity')}
            icon={<IconTrash size={26} />}
            showLabel={false}
            variant="quiet"
            data-testid="thread-remove-activity"
            onClick={() => report(removeItemCommand(fresco.ctx, activity.id))}
          />
        ) : null}
      </header>
      <section className="thread-section" aria-labelledby="thread-found">
        <h3 id="thread-found">{t('thread.found', { count: difficulties.length })}</h3>
        {difficulties.length === 0 ? <p className="thread-empty">{t('thread.empty')}</p> : null}
        <ul className="thread-list" data-testid="thread-difficulties">
          {difficulties.map((difficulty) => (
            <DifficultyRow
              key={difficulty.id}
              fresco={fresco}
              difficulty={difficulty}
              justAdded={difficulty.id === justAdded}
              report={report}
            />
          ))}
        </ul>
      </section>
      {canAdd ? <DifficultyPicker groups={groups} onPick={add} /> : null}
    </aside>
  );
}

function DifficultyRow({
  fresco,
  difficulty,
  justAdded,
  report,
}: {
  fresco: Fresco;
  difficulty: BoardItem;
  /** Shown at once (scrolled to), without opening the keyboard: words are optional. */
  justAdded: boolean;
  report(result: CommandResult): void;
}) {
  const { t } = useTranslation('fresco');
  const resolved = fresco.resolve(difficulty.pictogram);
  const mine = canChangeItem(fresco.actor, difficulty);
  const words = itemWords(difficulty, resolved);
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (justAdded) row.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [justAdded]);
  return (
    <li
      ref={row}
      className={`thread-row ${justAdded ? 'thread-row-new' : ''}`}
      data-item={difficulty.id}
      style={{ borderColor: fresco.index.colorOf(difficulty.author) }}
    >
      <div className="thread-row-main">
        <ItemPicture fresco={fresco} item={difficulty} size={52} />
        <span className="thread-row-name">{itemName(difficulty, resolved) || t('item.unknown')}</span>
        <SpeakButton text={words} />
        {mine ? (
          <Button
            label={t('item.remove')}
            icon={<IconTrash size={26} />}
            showLabel={false}
            variant="quiet"
            onClick={() => report(removeItemCommand(fresco.ctx, difficulty.id))}
          />
        ) : null}
      </div>
      {mine ? (
        <WordsField
          value={difficulty.label}
          label={t('words.label')}
          placeholder={t('words.placeholder')}
          onSave={(text) => report(setWordsCommand(fresco.ctx, difficulty.id, text))}
        />
      ) : difficulty.label ? (
        <p className="thread-words" dir="auto">
          « {difficulty.label} »
        </p>
      ) : null}
    </li>
  );
}

/** Difficulty pictograms by family; one tap adds it to the thread. */
export const DifficultyPicker = memo(function DifficultyPicker({
  groups,
  onPick,
  title,
}: {
  groups: PaletteGroup[];
  onPick(id: string): void;
  title?: string;
}) {
  const { t } = useTranslation('fresco');
  return (
    <section className="thread-section picker" aria-labelledby="picker-title" data-testid="difficulty-picker">
      <h3 id="picker-title">{title ?? t('thread.add')}</h3>
      {groups.map((group) => (
        <div key={group.key} className="picker-group">
          <h4>{group.title}</h4>
          <ul className="picker-grid">
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className="picker-item"
                  data-pictogram={entry.id}
                  onClick={() => onPick(entry.id)}
                >
                  {entry.imageId ? <Pictogram id={entry.imageId} size={48} alt="" /> : null}
                  <span>{entry.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});
