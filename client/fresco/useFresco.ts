/**
 * Everything a fresco screen needs, in one hook: the board index, the workshop settings, who is at the
 * screen, this screen's undo manager, and the command context the commands run with.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '../../shared/model/threads';
import type { UserOrigin } from '../../shared/ops/origin';
import { createUndoManager } from '../../shared/ops/undo';
import type { BoardItem, Participant, VoteTally } from '../../shared/schema/board';
import type { Language, WorkshopSettings } from '../../shared/schema/control';
import { serverNow } from '../api/serverClock';
import { useWorkshopSettings } from '../workshop/useWorkshopSettings';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { type BoardIndex, boardIndexOf } from './boardIndex';
import type { CommandContext } from './commands';
import { type ResolvedPictogram, resolvePictogram } from './pictogramWords';

export interface Fresco {
  index: BoardIndex;
  settings: WorkshopSettings;
  actor: Actor;
  lang: Language;
  ctx: CommandContext;
  undo: Y.UndoManager | null;
  resolve(pictogram: string): ResolvedPictogram;
  imageOf(pictogram: string): string | null;
  /** A custom pictogram's words, copied onto the items that use it; undefined for shipped ones. */
  customWords(pictogram: string): string | undefined;
}

const undoManagers = new WeakMap<UserOrigin, Y.UndoManager>();

/** One undo manager per screen origin, kept across phase changes (which remount the screens). */
function undoManagerOf(doc: Y.Doc, origin: UserOrigin): Y.UndoManager {
  let manager = undoManagers.get(origin);
  if (!manager) {
    manager = createUndoManager(doc, 'board', origin);
    undoManagers.set(origin, manager);
  }
  return manager;
}

export function useFresco(): Fresco {
  const session = useWorkshopSession();
  const settings = useWorkshopSettings();
  const { i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'fr';
  const index = boardIndexOf(session.docs.board);
  const actor = useMemo<Actor>(
    () => ({ role: session.role, seatId: session.seatId }),
    [session.role, session.seatId],
  );
  const writes = actor.role === 'participant' || actor.role === 'facilitator';
  const undo = writes ? undoManagerOf(session.docs.board, session.origin) : null;
  const { phase, boardLocked, timer, votesPerParticipant, customPictograms } = settings;
  const ctx = useMemo<CommandContext>(
    () => ({
      board: session.docs.board,
      origin: session.origin,
      actor,
      settings: { phase, boardLocked, timer, votesPerParticipant },
      index,
      undo,
      now: serverNow,
    }),
    [session.docs.board, session.origin, actor, phase, boardLocked, timer, votesPerParticipant, index, undo],
  );
  const resolve = useCallback(
    (pictogram: string) => resolvePictogram(pictogram, customPictograms, lang),
    [customPictograms, lang],
  );
  const imageOf = useCallback((pictogram: string) => resolve(pictogram).imageId, [resolve]);
  const customWords = useCallback(
    (pictogram: string) => customPictograms.find((custom) => custom.id === pictogram)?.label,
    [customPictograms],
  );
  return { index, settings, actor, lang, ctx, undo, resolve, imageOf, customWords };
}

export interface BoardSnapshot {
  items: BoardItem[];
  byId: Map<string, BoardItem>;
  participants: Participant[];
  votes: VoteTally;
}

/** The board for DOM panels, re-rendering on each batch of changes (item objects keep their identity). */
export function useBoardSnapshot(index: BoardIndex): BoardSnapshot {
  const version = useSyncExternalStore(
    (notify) => index.subscribe(notify),
    () => index.version,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is what changes; the index mutates in place.
  return useMemo(
    () => ({
      items: index.sorted(),
      byId: new Map(index.items),
      participants: index.participants,
      votes: index.votes,
    }),
    [index, version],
  );
}

/** The seat's participant record, re-rendering only when the seats change (not on every pictogram). */
export function useParticipant(index: BoardIndex, id: string | null): Participant | undefined {
  useSyncExternalStore(
    (notify) => index.subscribe((change) => change.participants && notify()),
    () => index.participants,
  );
  return id === null ? undefined : index.participants.find((participant) => participant.id === id);
}

/** Whether this screen has something to undo, live. */
export function useCanUndo(undo: Y.UndoManager | null): boolean {
  return useSyncExternalStore(
    (notify) => {
      if (!undo) return () => {};
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const event of events) undo.on(event, notify);
      return () => {
        for (const event of events) undo.off(event, notify);
      };
    },
    () => (undo ? undo.undoStack.length > 0 : false),
  );
}
