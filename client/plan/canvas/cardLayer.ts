/**
 * The cards of the fresco on their layer, one Konva group per action, kept in step with the layout: a
 * card is rebuilt only when its look changes (its signature), so typing in one fiche or dropping one
 * card rebuilds one group, not three hundred. Cards off screen are hidden (culled).
 */
import type Konva from 'konva';
import type { Rect } from '../../../shared/model/geometry';
import { emptyNatureCounts, type TimelineLayout } from '../../../shared/model/timeline';
import { buildCard, cardSignature } from './cardNode';
import type { CardEditor, CardView } from './types';

/** What the scene draws: the laid-out plan and the look of each card. */
export interface TimelinePlan {
  layout: TimelineLayout;
  views: ReadonlyMap<string, CardView>;
  selectedId: string | null;
  editors: ReadonlyMap<string, CardEditor>;
}

/** Room above a card for its editor's name tag, which sticks out of its rectangle. */
const TAG_ROOM = 24;
/** How faded the card is while its ghost is dragged. */
const LIFTED = 0.35;

export class CardLayer {
  private readonly nodes = new Map<string, { group: Konva.Group; signature: string }>();
  private lifted: string | null = null;

  constructor(private readonly layer: Konva.Layer) {}

  /** Rebuilds the cards whose look changed; true when anything did. */
  sync({ layout, views, selectedId, editors }: TimelinePlan): boolean {
    const seen = new Set<string>();
    let changed = false;
    for (const card of layout.cards) {
      seen.add(card.id);
      const look = {
        card,
        view: views.get(card.id),
        selected: selectedId === card.id,
        editor: editors.get(card.id),
      };
      const signature = cardSignature(look);
      const old = this.nodes.get(card.id);
      if (old?.signature === signature) continue;
      old?.group.destroy();
      const group = buildCard(look);
      if (card.id === this.lifted) group.opacity(LIFTED);
      this.layer.add(group);
      this.nodes.set(card.id, { group, signature });
      changed = true;
    }
    for (const [id, node] of this.nodes) {
      if (seen.has(id)) continue;
      node.group.destroy();
      this.nodes.delete(id);
      changed = true;
    }
    if (changed) {
      // New groups went on top: put every card back in layout order, as it was drawn before.
      layout.cards.forEach((card, i) => {
        this.nodes.get(card.id)?.group.zIndex(i);
      });
    }
    return changed;
  }

  /** Shows only the cards that meet this world rectangle. */
  cull(layout: TimelineLayout, view: Rect): void {
    const right = view.x + view.width;
    const bottom = view.y + view.height;
    for (const card of layout.cards) {
      const node = this.nodes.get(card.id)?.group;
      if (!node) continue;
      const r = card.rect;
      const visible =
        r.x < right && view.x < r.x + r.width && r.y - TAG_ROOM < bottom && view.y < r.y + r.height;
      if (node.visible() !== visible) node.visible(visible);
    }
  }

  /** Fades the card whose ghost is dragged (null brings it back). */
  lift(id: string | null): void {
    if (this.lifted) this.nodes.get(this.lifted)?.group.opacity(1);
    this.lifted = id;
    if (id) this.nodes.get(id)?.group.opacity(LIFTED);
    this.layer.batchDraw();
  }

  isDrawn(id: string): boolean {
    return this.nodes.get(id)?.group.visible() ?? false;
  }
}

/** Whether two plans would draw the same (the editors map is rebuilt on every render of the screen). */
export function samePlan(a: TimelinePlan, b: TimelinePlan): boolean {
  if (a.layout !== b.layout || a.views !== b.views || a.selectedId !== b.selectedId) return false;
  if (a.editors.size !== b.editors.size) return false;
  for (const [id, editor] of a.editors) {
    const other = b.editors.get(id);
    if (other?.name !== editor.name || other.color !== editor.color) return false;
  }
  return true;
}

export function emptyPlan(): TimelinePlan {
  const layout: TimelineLayout = {
    span: { from: 0, to: 0 },
    lanes: [],
    cards: [],
    byId: new Map(),
    undated: null,
    natures: emptyNatureCounts(),
    width: 0,
    height: 0,
  };
  return { layout, views: new Map(), selectedId: null, editors: new Map() };
}
