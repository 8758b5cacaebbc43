import { describe, expect, it } from 'vitest';
import {
  cardsIn,
  clampDelta,
  compareLaneKeys,
  datesForDrop,
  dragDelta,
  laneAt,
  laneKey,
  layoutTimeline,
  monthToX,
  nearestBoundary,
  packRows,
  quarterTicks,
  resizeEdge,
  shiftMonths,
  TIMELINE_GEOMETRY,
  timelineSpan,
  xToMonth,
  yearMonthOf,
  yearTicks,
} from '../../../shared/model/timeline';
import { monthIndex } from '../../../shared/model/yearMonth';
import { defaultAction } from '../../../shared/schema/defaults';
import type { Action } from '../../../shared/schema/plan';

const MW = TIMELINE_GEOMETRY.monthWidth;
const span = timelineSpan('2027-01', '2030-12');
const m = (ym: string) => monthIndex(ym) as number;

function action(id: string, fields: Partial<Action>): Action {
  return { ...defaultAction(id), ...fields };
}

describe('span and date ↔ x', () => {
  it('reads a valid span and falls back to the default for an inverted or odd one', () => {
    expect(span).toMatchObject({ from: m('2027-01'), to: m('2030-12'), valid: true });
    expect(timelineSpan('2029-01', '2028-01')).toMatchObject({
      from: m('2027-01'),
      to: m('2030-12'),
      valid: false,
    });
    expect(timelineSpan('bientôt', '')).toMatchObject({ valid: false });
  });

  it('round-trips months and x', () => {
    expect(monthToX(span, m('2027-01'))).toBe(0);
    expect(monthToX(span, m('2028-01'))).toBe(12 * MW);
    expect(xToMonth(span, 12 * MW + MW / 2)).toBe(m('2028-01'));
    expect(xToMonth(span, 12 * MW - 0.01)).toBe(m('2027-12'));
    for (const ym of ['2027-01', '2028-07', '2030-12'])
      expect(xToMonth(span, monthToX(span, m(ym)))).toBe(m(ym));
  });

  it('formats month indices back to YYYY-MM', () => {
    expect(yearMonthOf(m('2027-01'))).toBe('2027-01');
    expect(yearMonthOf(m('2030-12'))).toBe('2030-12');
    expect(yearMonthOf(m('2029-10') + 3)).toBe('2030-01');
  });

  it('snaps an edge to the nearest month boundary', () => {
    expect(nearestBoundary(span, 3 * MW + 0.4 * MW)).toBe(m('2027-04'));
    expect(nearestBoundary(span, 3 * MW + 0.6 * MW)).toBe(m('2027-05'));
  });
});

describe('ticks', () => {
  it('has one tick per year and per quarter over the default span', () => {
    expect(yearTicks(span).map((t) => t.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(yearTicks(span).every((t) => t.width === 12 * MW)).toBe(true);
    const quarters = quarterTicks(span);
    expect(quarters).toHaveLength(16);
    expect(quarters[0]).toMatchObject({ year: 2027, quarter: 1, x: 0, width: 3 * MW });
    expect(quarters[15]).toMatchObject({ year: 2030, quarter: 4, x: 45 * MW });
  });

  it('cuts ticks at a span that starts or ends mid-quarter', () => {
    const odd = timelineSpan('2027-02', '2028-04');
    const quarters = quarterTicks(odd);
    expect(quarters[0]).toMatchObject({ year: 2027, quarter: 1, x: 0, width: 2 * MW });
    expect(quarters.at(-1)).toMatchObject({ year: 2028, quarter: 2, width: MW });
    expect(yearTicks(odd).map((t) => t.width)).toEqual([11 * MW, 4 * MW]);
  });
});

describe('lanes', () => {
  it('keys by lead actor (falling back to the free lane) or by theme', () => {
    const a = action('a', { owner: ' CCAS ', lane: 'old', theme: 'Droits' });
    expect(laneKey(a, 'owner')).toBe('CCAS');
    expect(laneKey(action('b', { lane: 'Mairie' }), 'owner')).toBe('Mairie');
    expect(laneKey(a, 'theme')).toBe('Droits');
  });

  it('sorts lanes by name without case, the empty lane last', () => {
    expect(['caf', '', 'Ville', 'CCAS'].sort(compareLaneKeys)).toEqual(['caf', 'CCAS', 'Ville', '']);
  });

  it('lays out lanes top to bottom with rows for overlapping cards', () => {
    const actions = [
      action('1', { owner: 'CCAS', start: '2027-01', end: '2027-06', nature: 'continue' }),
      action('2', { owner: 'CCAS', start: '2027-03', end: '2027-09', nature: 'new' }),
      action('3', { owner: 'CCAS', start: '2027-07', end: '2027-12', nature: 'new' }),
      action('4', { owner: 'CAF', start: '2028-01', end: '2028-03', nature: 'reinforce' }),
      action('5', { owner: '', start: '2029-01', end: '2029-01' }),
    ];
    const layout = layoutTimeline(actions, span, 'owner');
    expect(layout.lanes.map((l) => [l.key, l.rows, l.count])).toEqual([
      ['CAF', 1, 1],
      ['CCAS', 2, 3],
      ['', 1, 1],
    ]);
    const g = TIMELINE_GEOMETRY;
    const ccas = layout.lanes[1];
    expect(ccas?.y).toBe(layout.lanes[0]?.height);
    expect(ccas?.height).toBe(2 * g.lanePadding + 2 * g.cardHeight + g.rowGap);
    expect(layout.byId.get('1')?.row).toBe(0);
    expect(layout.byId.get('2')?.row).toBe(1);
    expect(layout.byId.get('3')?.row).toBe(0);
    expect(layout.byId.get('2')?.rect).toEqual({
      x: 2 * MW,
      y: (ccas?.y ?? 0) + g.lanePadding + g.cardHeight + g.rowGap,
      width: 7 * MW,
      height: g.cardHeight,
    });
    expect(layout.natures).toEqual({ continue: 1, reinforce: 1, new: 3 });
    expect(ccas?.natures).toEqual({ continue: 1, reinforce: 0, new: 2 });
    expect(laneAt(layout, (ccas?.y ?? 0) + 1)?.key).toBe('CCAS');
    expect(laneAt(layout, layout.height + 10)).toBeNull();
  });

  it('keeps an empty lane drawn when asked (the lane a card is dragged out of)', () => {
    const layout = layoutTimeline([], span, 'theme', ['Emploi']);
    expect(layout.lanes.map((l) => l.key)).toEqual(['Emploi']);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('packs rows, returned in input order', () => {
    const rows = packRows([
      { from: 5, to: 9, action: { id: 'b' } },
      { from: 0, to: 4, action: { id: 'a' } },
      { from: 0, to: 9, action: { id: 'c' } },
    ]);
    // Longest first at the same start: c takes row 0, a and b share row 1.
    expect(rows).toEqual([1, 1, 0]);
  });
});

describe('odd drafts are drawn, never corrected', () => {
  it('draws an end before the start across both months, flagged', () => {
    const layout = layoutTimeline([action('x', { start: '2028-06', end: '2028-01' })], span, 'owner');
    const card = layout.byId.get('x');
    expect(card).toMatchObject({ from: m('2028-01'), to: m('2028-06'), inverted: true });
  });

  it('cuts a card at the span edge and flags it', () => {
    const layout = layoutTimeline(
      [
        action('early', { start: '2026-06', end: '2027-03' }),
        action('far', { start: '2035-01', end: '2035-06' }),
      ],
      span,
      'owner',
    );
    expect(layout.byId.get('early')).toMatchObject({ from: span.from, to: m('2027-03'), clippedStart: true });
    expect(layout.byId.get('far')).toMatchObject({
      from: span.to,
      to: span.to,
      clippedStart: true,
      clippedEnd: true,
    });
  });

  it('gives a one-month card to an action with one valid month, and the undated band to none', () => {
    const layout = layoutTimeline(
      [action('half', { start: '2028-02', end: 'fin 2028' }), action('none', { start: '', end: 'bientôt' })],
      span,
      'owner',
    );
    expect(layout.byId.get('half')).toMatchObject({ from: m('2028-02'), to: m('2028-02'), partial: true });
    expect(layout.byId.get('none')).toMatchObject({ lane: null, from: null });
    expect(layout.undated).toMatchObject({ count: 1 });
    expect(layout.byId.get('none')?.rect.y).toBe(
      layout.undated?.y ? layout.undated.y + TIMELINE_GEOMETRY.lanePadding : -1,
    );
  });
});

describe('drag maths', () => {
  it('moves by whole months and keeps odd values as typed', () => {
    expect(dragDelta(2.4 * MW)).toBe(2);
    expect(dragDelta(-0.4 * MW)).toBe(0);
    expect(dragDelta(-1.6 * MW)).toBe(-2);
    expect(shiftMonths({ start: '2027-11', end: '2028-02' }, 3)).toEqual({
      start: '2028-02',
      end: '2028-05',
    });
    expect(shiftMonths({ start: '2028-06', end: '2028-01' }, 1)).toEqual({
      start: '2028-07',
      end: '2028-02',
    });
    expect(shiftMonths({ start: '2028-06', end: 'plus tard' }, -1)).toEqual({
      start: '2028-05',
      end: 'plus tard',
    });
  });

  it('stops a card at the span edges', () => {
    const card = { from: m('2027-03'), to: m('2027-08') };
    expect(clampDelta(card, span, -10)).toBe(-2);
    expect(clampDelta(card, span, 100)).toBe(span.to - card.to);
    expect(clampDelta(card, span, 4)).toBe(4);
  });

  it('resizes an edge to the nearest boundary, keeping one month and the span', () => {
    const card = { from: m('2027-03'), to: m('2027-08') };
    expect(resizeEdge(card, 'end', monthToX(span, m('2027-12')) + 0.3 * MW, span)).toEqual({
      from: card.from,
      to: m('2027-11'),
    });
    expect(resizeEdge(card, 'end', -500, span)).toEqual({ from: card.from, to: card.from });
    expect(resizeEdge(card, 'start', monthToX(span, m('2027-01')) - 400, span)).toEqual({
      from: span.from,
      to: card.to,
    });
    expect(resizeEdge(card, 'start', 10_000, span)).toEqual({ from: card.to, to: card.to });
  });

  it('dates an undated card where it is dropped, inside the span', () => {
    expect(datesForDrop(span, monthToX(span, m('2028-04')) + 3)).toEqual({
      start: '2028-04',
      end: '2028-09',
    });
    expect(datesForDrop(span, 1e6)).toEqual({ start: '2030-07', end: '2030-12' });
  });

  it('culls cards outside a view', () => {
    const layout = layoutTimeline(
      [action('a', { start: '2027-01', end: '2027-02' }), action('b', { start: '2030-01', end: '2030-02' })],
      span,
      'owner',
    );
    expect([...cardsIn(layout, { x: 0, y: 0, width: 5 * MW, height: 500 })]).toEqual(['a']);
  });
});
