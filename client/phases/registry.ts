/**
 * Which component each screen shows for each phase. One line per (phase, view): other parts of the app
 * add theirs here, e.g. `'explore/tablet': () => import('../fresco/ExploreTablet'),`.
 * A (phase, view) that has no line shows the calm default (the phase and its instruction). The stakeholder
 * screen is the plan desk in every phase (StakeholderScreen) and takes only its export from here.
 *
 * Phase components take no props: they read the workshop through `useWorkshopSession()`.
 */
import type { ComponentType } from 'react';
import type { Phase } from '../../shared/schema/control';

export const PHASE_VIEWS = ['tablet', 'facilitator', 'projector', 'stakeholder'] as const;
export type PhaseView = (typeof PHASE_VIEWS)[number];

export type PhaseComponentLoader = () => Promise<{ default: ComponentType }>;

export const phaseRegistry: Partial<Record<`${Phase}/${PhaseView}`, PhaseComponentLoader>> = {
  'welcome/tablet': () => import('./welcome/WelcomeTablet'),
  'welcome/facilitator': () => import('./welcome/WelcomeFacilitator'),
  'welcome/projector': () => import('./welcome/WelcomeProjector'),
  'explore/tablet': () => import('../fresco/FrescoTablet'),
  'thread/tablet': () => import('../fresco/FrescoTablet'),
  'propose/tablet': () => import('../fresco/FrescoTablet'),
  'explore/facilitator': () => import('../fresco/FrescoFacilitator'),
  'thread/facilitator': () => import('../fresco/FrescoFacilitator'),
  'propose/facilitator': () => import('../fresco/FrescoFacilitator'),
  'explore/projector': () => import('../fresco/FrescoProjector'),
  'thread/projector': () => import('../fresco/FrescoProjector'),
  'propose/projector': () => import('../fresco/FrescoProjector'),
  'plan/facilitator': () => import('../plan/PlanDesk'),
  'plan/tablet': () => import('../plan/PlanDesk'),
  'plan/projector': () => import('../plan/PlanProjector'),
  'export/facilitator': () => import('../export/ExportPanel'),
  'export/stakeholder': () => import('../export/ExportPanel'),
  'export/projector': () => import('./bilan/BilanProjector'),
};
