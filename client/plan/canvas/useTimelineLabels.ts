/** The chronological fresco's words in the screen's language, shared by every screen that draws it. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneMode } from '../../../shared/model/timeline';
import { monthName } from '../model/months';
import type { CanvasLabels } from './types';

export function useTimelineLabels(laneMode: LaneMode, actionCount: number): CanvasLabels {
  const { t, i18n } = useTranslation('plan');
  return useMemo(
    () => ({
      quarter: (q: number) => t('axis.quarter', { quarter: q }),
      lane: (key: string) => key || t(laneMode === 'owner' ? 'lane.noOwner' : 'lane.noTheme'),
      laneCount: (count: number) => t('list.laneCount', { count }),
      corner: t(laneMode === 'owner' ? 'lanes.owner' : 'lanes.theme'),
      undated: t('lane.undated'),
      months: (from: number, to: number) =>
        `${monthName(from, i18n.language)} → ${monthName(to, i18n.language)}`,
      region: t('canvas.region', { count: actionCount }),
    }),
    [t, i18n.language, laneMode, actionCount],
  );
}
