import { describe, expect, it } from 'vitest';
import { radarGeometry, radarSvg } from '../../../shared/export/svg/radar';
import { pictogramArtFromSvg } from '../../../shared/export/svg/svgKit';
import { pack, timelineFrescoSvg } from '../../../shared/export/svg/timelineFresco';
import { weekFrescoSvg } from '../../../shared/export/svg/weekFresco';
import { assertWellFormed } from '../../fixtures/export/inspect';
import { emptyModel, fixtureModel, hostileModel } from './setup';

describe('radar geometry', () => {
  it('puts the first spoke at the top and goes clockwise; scores scale the radius and are clamped', () => {
    const g = radarGeometry([4, 2, 0, 9], { cx: 100, cy: 100, radius: 80 });
    expect(g.spokes[0]).toEqual({ x: 100, y: 20 });
    expect(g.spokes[1]?.x).toBeCloseTo(180);
    expect(g.shape[0]).toEqual({ x: 100, y: 20 });
    expect(g.shape[1]?.x).toBeCloseTo(140);
    expect(g.shape[2]).toEqual({ x: 100, y: 100 });
    expect(g.shape[3]?.x).toBeCloseTo(20);
    expect(g.rings).toHaveLength(4);
    expect(g.labels.map((l) => l.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });
});

describe('pictures as SVG', () => {
  const model = fixtureModel();

  it('are well-formed, titled and carry the words they show', () => {
    const radar = radarSvg(model.actions[0]?.capabilities ?? [], 'Toile');
    assertWellFormed(radar);
    expect(radar).toContain('<title>Toile</title>');
    expect(radar).toContain('Accès aux droits et aux services essentiels (4/4)'.split(' ')[0]);
    const week = weekFrescoSvg(model.week, { labels: model.labels, title: 'Semaine' });
    assertWellFormed(week);
    expect(week).toContain('Lundi');
    expect(week).toContain('Aides de la CAF');
    const timeline = timelineFrescoSvg(model.timeline, model.labels, 'Calendrier');
    assertWellFormed(timeline);
    expect(timeline).toContain('1. Permanences numériques de proximité');
    expect(timeline).toContain('2028');
  });

  it('stay well-formed with hostile words and an empty workshop', () => {
    const hostile = hostileModel();
    for (const sheet of hostile.actions) assertWellFormed(radarSvg(sheet.capabilities, sheet.title));
    assertWellFormed(weekFrescoSvg(hostile.week, { labels: hostile.labels, title: hostile.cover.title }));
    assertWellFormed(timelineFrescoSvg(hostile.timeline, hostile.labels, hostile.cover.title));
    const empty = emptyModel();
    expect(weekFrescoSvg(empty.week, { labels: empty.labels, title: '' })).toContain('Rien pour l’instant.');
    expect(timelineFrescoSvg(empty.timeline, empty.labels, '')).toContain('Rien pour l’instant');
  });

  it('define each pictogram drawing once and reuse it', () => {
    const art = pictogramArtFromSvg(
      '<svg id="emoji" viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg"><g id="color"><circle cx="36" cy="36" r="20"/></g></svg>',
    );
    expect(art).toEqual({ viewBox: '0 0 72 72', body: '<g><circle cx="36" cy="36" r="20"/></g>' });
    const week = weekFrescoSvg(model.week, { labels: model.labels, title: 'S', pictogramArt: () => art });
    assertWellFormed(week);
    const symbols = week.match(/<symbol /g) ?? [];
    const uses = week.match(/<use /g) ?? [];
    expect(symbols.length).toBe(
      new Set(
        model.week.cells
          .flatMap((c) => c.groups.map((g) => g.image))
          .concat(model.week.unplaced.map((g) => g.image)),
      ).size,
    );
    expect(uses.length).toBe(
      model.week.cells.reduce((sum, c) => sum + c.groups.length, 0) + model.week.unplaced.length,
    );
  });

  it('packs overlapping bars of a lane on separate rows', () => {
    const entry = (id: string, start: string, end: string) => ({
      id,
      number: 1,
      title: id,
      nature: 'new' as const,
      start,
      end,
      lane: '',
    });
    const placed = pack(
      [entry('a', '2027-01', '2027-06'), entry('b', '2027-03', '2027-04'), entry('c', '2027-07', '2027-09')],
      { from: 2027 * 12, to: 2027 * 12 + 11 },
    );
    expect(Object.fromEntries(placed.map((p) => [p.entry.id, p.row]))).toEqual({ a: 0, b: 1, c: 0 });
  });
});
