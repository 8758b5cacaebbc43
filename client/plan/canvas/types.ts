/**
 * What the timeline scene is fed and what it reports, in one place: the plan screens and the scene both
 * import from here, so no module reaches back into the component that mounts the scene.
 */
import type { Camera } from './frame';

/** The words and marks of one card, derived from its action by the plan model. */
export interface CardView {
  number: number;
  title: string;
  subtitle: string;
  /** "5/7": required fields filled. */
  completeness: string;
  complete: boolean;
  warning: boolean;
}

export interface HeaderLabels {
  quarter(quarter: number): string;
  lane(key: string): string;
  laneCount(count: number): string;
  corner: string;
  undated: string;
}

export interface CanvasLabels extends HeaderLabels {
  /** "mars 2028 → août 2028", for the ghost of a dragged card. */
  months(from: number, to: number): string;
  region: string;
}

/** Who has a card's fiche open (their colour rings the card). */
export interface CardEditor {
  name: string;
  color: string;
}

/** Someone else's card on its way: drawn as a dashed outline in their colour until they drop it. */
export interface RemoteDrag {
  actionId: string;
  from: number;
  to: number;
  color: string;
  name: string;
}

/** The card this screen is dragging, as shared with the others (null when dropped). */
export interface LocalDrag {
  actionId: string;
  from: number;
  to: number;
}

export interface TimelineCallbacks {
  /** A tap on a card. */
  onOpen(id: string): void;
  /** A dated card dropped `delta` months later (or earlier), into another lane when `lane` is given. */
  onMove(id: string, delta: number, lane: string | null): void;
  onResize(id: string, from: number, to: number): void;
  /** An undated card dropped on a lane: it takes these months. */
  onDate(id: string, from: number, to: number, lane: string): void;
  /** The snapped months of this screen's drag changed (null once it ends). */
  onDrag(drag: LocalDrag | null): void;
  /** The camera moved by this screen's hand (at most once per frame). */
  onCamera(camera: Camera, viewport: { width: number; height: number }): void;
}
