/**
 * The day and period names pinned to the screen's top and left edges while the grid's own headers are
 * off screen (see `headerPinsMath.ts`). Drawn on the overlay layer in screen pixels: the group undoes the
 * camera, so the labels keep one legible size at every zoom, large enough for the back of a room.
 */
import Konva from 'konva';
import type { WeekGrid } from '../../../shared/model/weekLayout';
import type { Day, Period } from '../../../shared/schema/board';
import type { Camera, Size } from './cameraMath';
import type { GridLabels } from './GridArt';
import { type HeaderPins, headerPins } from './headerPinsMath';

const FONT = "'Atkinson Hyperlegible', system-ui, sans-serif";
const EDGE_PX = 8;

export class PinnedHeaders {
  private readonly group = new Konva.Group({ listening: false, name: 'header-pins' });
  private readonly pins = new Map<string, Konva.Label>();
  private labels: GridLabels | null = null;
  private shown: HeaderPins = { days: [], periods: [] };

  constructor(
    layer: Konva.Layer,
    private readonly grid: WeekGrid,
  ) {
    layer.add(this.group);
  }

  setLabels(labels: GridLabels): void {
    this.labels = labels;
    for (const label of this.pins.values()) label.destroy();
    this.pins.clear();
  }

  /** What is pinned now, for tests and the accessible description. */
  current(): HeaderPins {
    return this.shown;
  }

  update(camera: Camera, viewport: Size): void {
    this.group.position({ x: -camera.x / camera.zoom, y: -camera.y / camera.zoom });
    this.group.scale({ x: 1 / camera.zoom, y: 1 / camera.zoom });
    this.shown = headerPins(this.grid, camera, viewport);
    const fontSize = Math.round(Math.min(44, Math.max(18, viewport.height * 0.05)));
    const used = new Set<string>();
    let dayStripBottom = 0;
    for (const pin of this.shown.days) {
      const label = this.pin(`day:${pin.day}`, this.dayName(pin.day), fontSize);
      used.add(`day:${pin.day}`);
      label.position({ x: pin.left + Math.max(0, (pin.width - label.width()) / 2), y: EDGE_PX });
      dayStripBottom = Math.max(dayStripBottom, EDGE_PX + label.height());
    }
    for (const pin of this.shown.periods) {
      const label = this.pin(`period:${pin.period}`, this.periodName(pin.period), fontSize);
      used.add(`period:${pin.period}`);
      const centred = pin.top + (pin.height - label.height()) / 2;
      const clear = dayStripBottom > 0 ? dayStripBottom + EDGE_PX : 0;
      label.position({ x: EDGE_PX, y: Math.max(centred, clear, pin.top) });
    }
    for (const [key, label] of this.pins) label.visible(used.has(key));
  }

  private dayName(day: Day): string {
    return this.labels?.days[day] ?? day;
  }

  private periodName(period: Period): string {
    return this.labels?.periods[period] ?? period;
  }

  private pin(key: string, text: string, fontSize: number): Konva.Label {
    let label = this.pins.get(key);
    if (!label) {
      label = new Konva.Label({ listening: false });
      label.add(
        new Konva.Tag({
          fill: 'rgba(23, 32, 46, 0.86)',
          cornerRadius: 10,
          shadowColor: 'black',
          shadowOpacity: 0.18,
          shadowBlur: 6,
        }),
        new Konva.Text({ fontFamily: FONT, fontStyle: 'bold', fill: '#ffffff', padding: 10 }),
      );
      this.group.add(label);
      this.pins.set(key, label);
    }
    const words = label.getText();
    if (words.text() !== text || words.fontSize() !== fontSize) words.setAttrs({ text, fontSize });
    return label;
  }
}
