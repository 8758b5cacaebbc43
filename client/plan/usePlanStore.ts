/** UI state of the plan screen: which view, which fiche is open, how lanes are laid out. Never document data. */
import { create } from 'zustand';
import { DEFAULT_LANE_MODE, type LaneMode } from '../../shared/model/timeline';

export type PlanTab = 'timeline' | 'field' | 'synthesis';

export interface PlanStore {
  tab: PlanTab;
  selectedId: string | null;
  laneMode: LaneMode;
  settingsOpen: boolean;
  setTab(tab: PlanTab): void;
  select(id: string | null): void;
  setLaneMode(mode: LaneMode): void;
  setSettingsOpen(open: boolean): void;
}

export const usePlanStore = create<PlanStore>((set) => ({
  tab: 'timeline',
  selectedId: null,
  laneMode: DEFAULT_LANE_MODE,
  settingsOpen: false,
  setTab: (tab) => set({ tab }),
  select: (selectedId) => set({ selectedId }),
  setLaneMode: (laneMode) => set({ laneMode }),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
}));
