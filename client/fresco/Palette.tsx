/**
 * The activity palette on residents' tablets: big pictograms with their words, grouped by family.
 * Three ways to use one: drag it onto a cell (a short hold lifts it first, for unsure fingers); tap it,
 * then tap a cell (for those who find dragging hard, and for keyboards through the list view); hold it
 * longer to hear its words.
 */
import { memo, type PointerEvent as ReactPointerEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DropTarget } from '../../shared/model/weekLayout';
import { CATEGORY_LABELS } from '../../shared/pictograms/categories';
import { pictogramsOfKind } from '../../shared/pictograms/lookup';
import type { PictogramCategory } from '../../shared/pictograms/types';
import type { CustomPictogram, Language } from '../../shared/schema/control';
import { useSpeak } from '../hooks/useSpeak';
import { pictogramSrc } from '../pictograms/pictogramBundle';
import { Pictogram } from '../ui/Pictogram';
import type { FrescoScene } from './canvas/FrescoScene';
import { watchPaletteDrag } from './paletteDrag';
import { useFrescoStore } from './useFrescoStore';

export interface PaletteEntry {
  /** What is stored on the item: a shipped pictogram id or a custom pictogram id. */
  id: string;
  imageId: string | null;
  label: string;
}

export interface PaletteGroup {
  key: string;
  title: string;
  entries: PaletteEntry[];
}

/** Shipped pictograms of a kind by family, then the workshop's own. */
export function paletteGroups(
  kind: 'activity' | 'difficulty',
  customs: readonly CustomPictogram[],
  lang: Language,
  customTitle: string,
): PaletteGroup[] {
  const groups = new Map<string, PaletteGroup>();
  for (const pictogram of pictogramsOfKind(kind)) {
    const category = pictogram.category as PictogramCategory;
    let group = groups.get(category);
    if (!group) {
      group = { key: category, title: CATEGORY_LABELS[category][lang], entries: [] };
      groups.set(category, group);
    }
    group.entries.push({ id: pictogram.id, imageId: pictogram.id, label: pictogram.label[lang] });
  }
  const own = customs
    .filter((custom) => custom.kind === kind)
    .map((custom) => ({ id: custom.id, imageId: custom.pictogram, label: custom.label }));
  return [
    ...(own.length > 0 ? [{ key: 'custom', title: customTitle, entries: own }] : []),
    ...groups.values(),
  ];
}

export interface PaletteProps {
  groups: PaletteGroup[];
  armed: string | null;
  onArm(id: string | null): void;
  /** Returns whether the pictogram was placed (a drop that was not is shown back in the palette). */
  onDrop(id: string, target: DropTarget): boolean;
  /** False while placing is refused (the drag then shows the cue instead of a ghost). */
  canPlace(): boolean;
  scene(): FrescoScene | null;
}

export const Palette = memo(function Palette({
  groups,
  armed,
  onArm,
  onDrop,
  canPlace,
  scene,
}: PaletteProps) {
  const { t } = useTranslation('fresco');
  const { speak } = useSpeak();
  const suppressClick = useRef(false);
  const holdTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const entries = useMemo(() => groups.flatMap((group) => group.entries), [groups]);

  const press = (entry: PaletteEntry, event: ReactPointerEvent<HTMLButtonElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    suppressClick.current = false;
    const start = { x: event.clientX, y: event.clientY };
    if (holdTimer.current) clearTimeout(holdTimer.current);
    holdTimer.current = setTimeout(() => {
      suppressClick.current = true;
      speak(entry.label);
    }, 600);
    const cancelHold = (move: PointerEvent) => {
      if (Math.hypot(move.clientX - start.x, move.clientY - start.y) > 10 && holdTimer.current) {
        clearTimeout(holdTimer.current);
      }
    };
    const release = () => {
      if (holdTimer.current) clearTimeout(holdTimer.current);
      window.removeEventListener('pointermove', cancelHold);
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
    };
    window.addEventListener('pointermove', cancelHold);
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
    watchPaletteDrag(event.nativeEvent, {
      scene,
      item: event.currentTarget,
      imageUrl: entry.imageId ? pictogramSrc(entry.imageId) : undefined,
      allowed: canPlace,
      onDragStarted: () => {
        suppressClick.current = true;
      },
      onDrop: (target) => onDrop(entry.id, target),
      onMissed: (reason) => useFrescoStore.getState().refuse(reason),
    });
  };

  return (
    <nav className="palette" aria-label={t('palette.title')} data-testid="palette">
      <ul className="palette-strip">
        {groups.map((group) => (
          <li key={group.key} className="palette-group">
            <span className="palette-group-title">{group.title}</span>
            <ul className="palette-group-items">
              {group.entries.map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="palette-item"
                    data-pictogram={entry.id}
                    aria-pressed={armed === entry.id}
                    onPointerDown={(event) => press(entry, event)}
                    onContextMenu={(event) => event.preventDefault()}
                    onClick={() => {
                      if (suppressClick.current) {
                        suppressClick.current = false;
                        return;
                      }
                      onArm(armed === entry.id ? null : entry.id);
                    }}
                  >
                    {entry.imageId ? <Pictogram id={entry.imageId} size={60} alt="" /> : null}
                    <span className="palette-label">{entry.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {armed ? t('palette.armed', { label: entries.find((entry) => entry.id === armed)?.label ?? '' }) : ''}
      </span>
    </nav>
  );
});
