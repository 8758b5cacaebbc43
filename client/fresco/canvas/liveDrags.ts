/**
 * Live drags through the board's awareness: this screen's drag is published a few times a second (the
 * document is written once, on drop), and other screens' drags are drawn as ghosts in their colour.
 */
import type { Awareness } from 'y-protocols/awareness';
import { NEUTRAL_COLOR } from '../../../shared/pictograms/avatarColors';
import type { LiveDrag, PresenceState } from '../../../shared/protocol/awareness';
import type { UnitPicture } from './drawUnit';
import type { Ghost, Overlay } from './overlay';

const PUBLISH_EVERY_MS = 50;

export class LiveDrags {
  private lastPublish = 0;
  private readonly stopListening: () => void;

  constructor(
    private readonly awareness: Awareness,
    private readonly overlay: Overlay,
    private readonly pictureOf: (itemId: string) => UnitPicture | undefined,
  ) {
    const onChange = () => this.showRemote();
    awareness.on('change', onChange);
    this.stopListening = () => awareness.off('change', onChange);
  }

  /** Shares this screen's drag (null when it ends); `force` skips the throttle (start and end). */
  publish(drag: LiveDrag | null, force = false): void {
    const now = performance.now();
    if (!force && now - this.lastPublish < PUBLISH_EVERY_MS) return;
    this.lastPublish = now;
    this.awareness.setLocalStateField('drag', drag);
  }

  /** Draws every other screen's drag (again: the pictures may have changed with the board). */
  showRemote(): void {
    const ghosts = new Map<string, Ghost>();
    for (const [clientId, value] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue;
      const state = value as PresenceState;
      const drag = state.drag;
      if (!drag || typeof drag.itemId !== 'string' || !Number.isFinite(drag.x) || !Number.isFinite(drag.y))
        continue;
      const picture = this.pictureOf(drag.itemId);
      if (!picture) continue;
      ghosts.set(String(clientId), {
        picture,
        x: drag.x,
        y: drag.y,
        color: state.user?.color ?? NEUTRAL_COLOR,
      });
    }
    this.overlay.setRemoteGhosts(ghosts);
  }

  destroy(): void {
    this.publish(null, true);
    this.stopListening();
  }
}
