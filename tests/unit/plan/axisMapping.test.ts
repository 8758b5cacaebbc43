import { describe, expect, it } from 'vitest';
import {
  AXIS_BY_ACTIVITY,
  AXIS_BY_CATEGORY,
  axisOfActivity,
  needByAxis,
} from '../../../shared/model/axisMapping';
import { ACTIVITIES } from '../../../shared/pictograms';
import { DEFAULT_CAPABILITY_AXES } from '../../../shared/schema/defaults';
import { TestBoard } from '../../helpers/testBoard';

const axisIds = DEFAULT_CAPABILITY_AXES.map((axis) => axis.id);

describe('activity → axis mapping', () => {
  it('maps every shipped activity to a default axis', () => {
    for (const activity of ACTIVITIES) expect(axisIds).toContain(axisOfActivity(activity.id));
  });

  it('only names default axes and shipped activities', () => {
    for (const axis of Object.values(AXIS_BY_CATEGORY)) expect(axisIds).toContain(axis);
    const ids = new Set(ACTIVITIES.map((a) => a.id));
    for (const [activity, axis] of Object.entries(AXIS_BY_ACTIVITY)) {
      expect(ids.has(activity), activity).toBe(true);
      expect(axisIds).toContain(axis);
    }
  });

  it('follows a custom pictogram to the one it illustrates, and knows nothing of unknown ids', () => {
    const custom = [
      { id: 'c1', kind: 'activity' as const, label: 'Maison France Services', pictogram: 'paperwork' },
    ];
    expect(axisOfActivity('c1', custom)).toBe('rights');
    expect(axisOfActivity('no-such-thing')).toBeNull();
    expect(axisOfActivity('forgot-password')).toBeNull();
  });
});

describe('difficulties per axis', () => {
  it('counts each difficulty on the axis of its activity', () => {
    const t = new TestBoard()
      .join('ana')
      .place('ana', 'caf', 'mon', 'morning', 'caf')
      .place('ana', 'look-for-job', 'tue', 'morning', 'job')
      .place('ana', 'unknown-activity', 'wed', 'morning', 'odd')
      .difficulty('ana', 'caf', 'forgot-password', '', 'd1')
      .difficulty('ana', 'caf', 'form-too-long', '', 'd2')
      .difficulty('ana', 'job', 'forgot-password', '', 'd3')
      .difficulty('ana', 'odd', 'forgot-password', '', 'd4');
    const need = needByAxis(t.readBoard().items, axisIds);
    expect(need.byAxis).toEqual({ work: 1, rights: 2, knowledge: 0, dignity: 0, participation: 0 });
    expect(need.unmapped).toBe(1);
    expect(need.total).toBe(4);
  });

  it('counts difficulties on a removed axis apart', () => {
    const t = new TestBoard()
      .join('ana')
      .place('ana', 'caf', 'mon', 'morning', 'caf')
      .difficulty('ana', 'caf', 'sight');
    const need = needByAxis(t.readBoard().items, ['work']);
    expect(need).toEqual({ byAxis: { work: 0 }, unmapped: 1, total: 1 });
  });
});
