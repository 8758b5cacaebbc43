/**
 * Everything on the fresco as text, for screen readers, keyboards and tests (the canvas alone is
 * invisible to assistive technology): each day and period with its activities, the difficulties hung
 * off them and their words, the activities not placed yet, and the proposals with their votes. Always
 * in the page; shown on screen when opened or when the keyboard enters it. Rows are memoised on the
 * item objects, which the board index keeps while they do not change.
 */
import type { TFunction } from 'i18next';
import { memo, type ReactNode, type RefObject, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DropTarget } from '../../shared/model/weekLayout';
import { cellKey } from '../../shared/model/weekLayout';
import { type BoardItem, DAYS, type Day, PERIODS, type Period } from '../../shared/schema/board';
import { itemWords } from './pictogramWords';
import { type BoardSnapshot, type Fresco, useBoardSnapshot } from './useFresco';
import { useFrescoStore } from './useFrescoStore';

export interface ListActions {
  /** A pictogram is picked in the palette: each period offers "place it here". */
  armedLabel: string | null;
  onPlace(target: DropTarget): void;
  /** Opens the item (its sheet, or its thread in the thread phase). */
  onOpen(item: BoardItem): void;
  openLabel: string;
}

export function BoardListView({
  fresco,
  open,
  actions,
}: {
  fresco: Fresco;
  open: boolean;
  actions: ListActions | null;
}) {
  const { t } = useTranslation('fresco');
  // The list renders in the background (interruptible), after the canvas: two thousand rows must not
  // hold back the first picture of the fresco, nor make a drop stutter.
  const snapshot = useDeferredValue(useBoardSnapshot(fresco.index), EMPTY);
  const { byCell, children, orphans, proposals } = useMemo(() => group(snapshot.items), [snapshot.items]);
  // "by Samia" once per author and "3 difficulties" once per count, not once per row: with thousands of
  // rows, translating each one is most of the list's cost.
  const byLines = useMemo(
    () =>
      new Map(
        snapshot.participants.map((participant) => [
          participant.id,
          participant.name ? t('list.by', { name: participant.name }) : '',
        ]),
      ).set('facilitator', t('list.byFacilitator')),
    [snapshot.participants, t],
  );
  const threadLabel = useMemo(() => countLabels((count) => t('list.thread', { count })), [t]);
  const box = useRef<HTMLElement>(null);
  useClosesOutside(open, box);
  const row = (item: BoardItem) => (
    <ItemRow
      key={item.id}
      t={t}
      item={item}
      resolve={fresco.resolve}
      by={byLines.get(item.author) ?? ''}
      threadLabel={threadLabel}
      difficulties={children.get(item.id) ?? NONE}
      actions={actions}
    />
  );
  return (
    <section
      ref={box}
      className={`board-list ${open ? 'board-list-open' : ''}`}
      aria-labelledby="board-list-title"
      data-testid="board-list"
    >
      <h2 id="board-list-title">{t('list.title')}</h2>
      {DAYS.map((day) => (
        <section key={day} aria-labelledby={`list-${day}`} className="list-day" data-day={day}>
          <h3 id={`list-${day}`}>{t(`days.${day}`)}</h3>
          {PERIODS.map((period) => (
            <PeriodBlock key={period} day={day} period={period} actions={actions}>
              {(byCell.get(cellKey(day, period)) ?? NONE).map(row)}
            </PeriodBlock>
          ))}
        </section>
      ))}
      <section aria-labelledby="list-tray" className="list-day" data-day="tray">
        <h3 id="list-tray">{t('grid.tray')}</h3>
        <ul className="list-items">{(byCell.get('tray') ?? NONE).map(row)}</ul>
      </section>
      {orphans.length > 0 ? (
        <section aria-labelledby="list-orphans" className="list-day">
          <h3 id="list-orphans">{t('list.orphans')}</h3>
          <ul className="list-items">{orphans.map(row)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="list-proposals" className="list-day" data-day="proposals">
        <h3 id="list-proposals">{t('list.proposals', { count: proposals.length })}</h3>
        <ul className="list-items">
          {proposals.map((proposal) => {
            // Merged into a proposal that was removed since: it stands on its own again.
            const mergedInto =
              proposal.mergedInto !== null && fresco.index.items.has(proposal.mergedInto)
                ? proposal.mergedInto
                : undefined;
            return (
              <li
                key={proposal.id}
                data-item={proposal.id}
                data-kind="proposal"
                data-merged-into={mergedInto}
              >
                <span dir="auto">{itemWords(proposal, fresco.resolve(proposal.pictogram))}</span>
                {' — '}
                {t('list.votes', { count: sum(snapshot.votes[proposal.id]) })}
                {mergedInto ? ` — ${t('list.merged')}` : ''}
              </li>
            );
          })}
        </ul>
      </section>
    </section>
  );
}

/**
 * The open list covers most of a phone: Escape or a tap beside it closes it, as its toggle does (a tap on
 * the toggle is left to the toggle, which would reopen it otherwise).
 */
function useClosesOutside(open: boolean, box: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!open) return;
    const close = () => useFrescoStore.getState().setListOpen(false);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (!target || box.current?.contains(target) || target.closest('[data-action="list"]')) return;
      close();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [open, box]);
}

function PeriodBlock({
  day,
  period,
  actions,
  children,
}: {
  day: Day;
  period: Period;
  actions: ListActions | null;
  children: ReactNode[];
}) {
  const { t } = useTranslation('fresco');
  return (
    <div className="list-period" data-period={period}>
      <h4>
        {t(`periods.${period}`)}{' '}
        <span className="list-count">({t('list.count', { count: children.length })})</span>
      </h4>
      {children.length > 0 ? <ul className="list-items">{children}</ul> : null}
      {actions?.armedLabel ? (
        <button type="button" className="list-place" onClick={() => actions.onPlace({ day, period })}>
          {t('list.placeHere', {
            label: actions.armedLabel,
            day: t(`days.${day}`),
            period: t(`periods.${period}`),
          })}
        </button>
      ) : null}
    </div>
  );
}

interface ItemRowProps {
  t: TFunction<'fresco'>;
  item: BoardItem;
  resolve: Fresco['resolve'];
  /** "by Samia", already translated. */
  by: string;
  threadLabel(count: number): string;
  difficulties: readonly BoardItem[];
  actions: ListActions | null;
}

// No hook per row: with thousands of rows, even useTranslation costs.
const ItemRow = memo(function ItemRow({
  t,
  item,
  resolve,
  by,
  threadLabel,
  difficulties,
  actions,
}: ItemRowProps) {
  const words = itemWords(item, resolve(item.pictogram)) || t('item.unknown');
  return (
    <li data-item={item.id} data-kind={item.kind} data-author={item.author}>
      <span dir="auto">{words}</span>
      {by ? <span className="list-by"> — {by}</span> : null}
      {actions ? (
        <button type="button" className="list-open" onClick={() => actions.onOpen(item)}>
          {actions.openLabel}
          <span className="visually-hidden"> : {words}</span>
        </button>
      ) : null}
      {difficulties.length > 0 ? (
        <ul aria-label={threadLabel(difficulties.length)}>
          {difficulties.map((difficulty) => (
            <li key={difficulty.id} data-item={difficulty.id} data-kind="difficulty" data-parent={item.id}>
              <span dir="auto">
                {itemWords(difficulty, resolve(difficulty.pictogram)) || t('item.unknown')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}, sameRow);

/** The thread arrays are rebuilt on each change; their items keep identity, so compare them one by one. */
function sameRow(a: ItemRowProps, b: ItemRowProps): boolean {
  return (
    a.t === b.t &&
    a.item === b.item &&
    a.resolve === b.resolve &&
    a.by === b.by &&
    a.threadLabel === b.threadLabel &&
    a.actions === b.actions &&
    a.difficulties.length === b.difficulties.length &&
    a.difficulties.every((difficulty, index) => difficulty === b.difficulties[index])
  );
}

const NONE: readonly BoardItem[] = [];
const EMPTY: BoardSnapshot = { items: [], byId: new Map(), participants: [], votes: {} };

function group(items: readonly BoardItem[]) {
  const byCell = new Map<string, BoardItem[]>();
  const children = new Map<string, BoardItem[]>();
  const activities = new Set<string>();
  const orphans: BoardItem[] = [];
  const proposals: BoardItem[] = [];
  for (const item of items) {
    if (item.kind === 'activity') {
      activities.add(item.id);
      pushTo(byCell, cellKey(item.day, item.period), item);
    } else if (item.kind === 'proposal') proposals.push(item);
  }
  for (const item of items) {
    if (item.kind !== 'difficulty') continue;
    if (item.parent !== null && activities.has(item.parent)) {
      pushTo(children, item.parent, item);
    } else orphans.push(item);
  }
  return { byCell, children, orphans, proposals };
}

function pushTo(map: Map<string, BoardItem[]>, key: string, item: BoardItem): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function sum(counts: Record<string, number> | undefined): number {
  return Object.values(counts ?? {}).reduce((total, count) => total + count, 0);
}

/** A label per count, each translated the first time it is asked for. */
function countLabels(label: (count: number) => string): (count: number) => string {
  const known = new Map<number, string>();
  return (count) => {
    let text = known.get(count);
    if (text === undefined) {
      text = label(count);
      known.set(count, text);
    }
    return text;
  };
}
