/**
 * The words of the export, French first. They live here and not in the client's i18n files because the
 * server writes the documents, in the workshop's language, without any screen open.
 */
import type { LaneMode } from '../model/timeline';
import type { Day, ItemKind, Period } from '../schema/board';
import type { Language } from '../schema/control';
import type { ActionStatus, Nature } from '../schema/plan';

export interface ExportLabels {
  documentTitle: string;
  subtitle: string;
  workshop: string;
  place: string;
  date: string;
  participants: string;
  participantCount: (count: number) => string;
  contents: string;
  counts: (counts: {
    activities: number;
    difficulties: number;
    proposals: number;
    actions: number;
  }) => string;
  synthesis: string;
  matrixTitle: string;
  matrixIntro: string;
  activity: string;
  difficulty: string;
  /** A pictogram neither the catalogue nor the residents' words name: by what kind of item it is. */
  unnamed: Record<ItemKind, string>;
  total: string;
  topProposals: string;
  proposal: string;
  votes: string;
  voters: string;
  explorationFresco: string;
  explorationIntro: string;
  chronologicalFresco: string;
  chronologicalIntro: string;
  pictureOf: (what: string) => string;
  actionSheets: string;
  actionHeading: (number: number, title: string) => string;
  untitled: string;
  fields: {
    number: string;
    title: string;
    nature: string;
    status: string;
    theme: string;
    axis: string;
    lane: string;
    calendar: string;
    start: string;
    end: string;
    owner: string;
    partners: string;
    audience: string;
    context: string;
    objectives: string;
    description: string;
    resources: string;
    budget: string;
    indicators: string;
    capabilities: string;
    residentsSay: string;
    difficulties: string;
    proposals: string;
    missing: string;
  };
  natures: Record<Nature, string>;
  statuses: Record<ActionStatus, string>;
  days: Record<Day, string>;
  periods: Record<Period, string>;
  months: string[];
  unplaced: string;
  noLane: string;
  /** The lane of actions with no lead actor / no theme yet, named as the plan screen names it. */
  noLaneBy: Record<LaneMode, string>;
  noDates: string;
  toComplete: string;
  timesRaised: (count: number) => string;
  voteCount: (votes: number, voters: number) => string;
  residentsWords: string;
  underActivities: string;
  score: string;
  nothingYet: {
    workshop: string;
    synthesis: string;
    proposals: string;
    fresco: string;
    actions: string;
    answers: string;
  };
  moreItems: (count: number) => string;
  legend: { difficulties: string; placed: string };
  pictogramCredit: string;
  generatedWith: string;
  page: (page: number, total: number) => string;
  /** Punctuation that French spaces and English does not: `label: text` against `label : text` (nbsp). */
  colon: string;
  semicolon: string;
  /** Residents' words quoted the language's way: « mots » (with nbsp) or “words”. */
  quote: (words: string) => string;
  /** The same, in two parts, for word processors that number pages themselves: `Page ` n ` / ` N. */
  pageParts: [before: string, between: string];
  kit: {
    title: string;
    intro: string;
    activities: string;
    difficulties: string;
    custom: string;
    weekFresco: string;
    weekend: string;
    cutHere: string;
  };
}

/** French counts: singular for 0 and 1 ("0 action", "1 action", "2 actions"). */
function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}

const fr: ExportLabels = {
  documentTitle: 'Projet de plan d’actions',
  subtitle: 'Schéma d’inclusion numérique : document de travail issu de la concertation',
  workshop: 'Atelier',
  place: 'Lieu',
  date: 'Date',
  participants: 'Participants',
  participantCount: (count) => (count === 0 ? 'aucun' : count === 1 ? '1 habitant' : `${count} habitants`),
  contents: 'Contenu',
  counts: ({ activities, difficulties, proposals, actions }) =>
    [
      plural(activities, 'activité'),
      plural(difficulties, 'difficulté'),
      plural(proposals, 'proposition'),
      plural(actions, 'action'),
    ].join(', '),
  synthesis: 'Synthèse de l’atelier des habitants',
  matrixTitle: 'Activités × difficultés',
  matrixIntro:
    'Nombre de difficultés numériques trouvées en « tirant le fil » de chaque activité de la semaine.',
  activity: 'Activité',
  difficulty: 'Difficulté',
  unnamed: {
    activity: 'Autre activité',
    difficulty: 'Autre difficulté',
    proposal: 'Autre proposition',
    note: 'Note',
  },
  total: 'Total',
  topProposals: 'Propositions les plus soutenues',
  proposal: 'Proposition',
  votes: 'Votes',
  voters: 'Votants',
  explorationFresco: 'Fresque d’exploration',
  explorationIntro:
    'La semaine des habitants : activités placées par jour et moment, et difficultés trouvées.',
  chronologicalFresco: 'Fresque chronologique',
  chronologicalIntro: 'Le scénario de mise en œuvre : chaque action sur le calendrier du plan.',
  pictureOf: (what) => `Image : ${what}`,
  actionSheets: 'Fiches action',
  actionHeading: (number, title) => `Fiche action n° ${number} : ${title}`,
  untitled: 'Action sans titre',
  fields: {
    number: 'N°',
    title: 'Intitulé',
    nature: 'Nature',
    status: 'État',
    theme: 'Thématique',
    axis: 'Axe',
    lane: 'Ligne de la fresque',
    calendar: 'Calendrier',
    start: 'Début',
    end: 'Fin',
    owner: 'Porteur',
    partners: 'Partenaires',
    audience: 'Public cible',
    context: 'Contexte',
    objectives: 'Objectifs',
    description: 'Description et modalités (lieux, aller-vers)',
    resources: 'Moyens',
    budget: 'Budget',
    indicators: 'Indicateurs',
    capabilities: 'Toile des capabilités',
    residentsSay: 'Ce que disent les habitants',
    difficulties: 'Difficultés exprimées',
    proposals: 'Propositions des habitants',
    missing: 'À compléter',
  },
  natures: { continue: 'À poursuivre', reinforce: 'À renforcer', new: 'Nouvelle' },
  statuses: { draft: 'Brouillon', ready: 'Prête', validated: 'Validée' },
  days: {
    mon: 'Lundi',
    tue: 'Mardi',
    wed: 'Mercredi',
    thu: 'Jeudi',
    fri: 'Vendredi',
    sat: 'Samedi',
    sun: 'Dimanche',
  },
  periods: { morning: 'Matin', midday: 'Midi', afternoon: 'Après-midi', evening: 'Soir' },
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  unplaced: 'Pas encore placées',
  noLane: 'Sans ligne',
  noLaneBy: { owner: 'Sans porteur', theme: 'Sans thème' },
  noDates: 'Dates à préciser',
  toComplete: 'À compléter',
  timesRaised: (count) => (count === 1 ? 'citée 1 fois' : `citée ${count} fois`),
  voteCount: (votes, voters) =>
    `${votes} vote${votes > 1 ? 's' : ''} (${voters} votant${voters > 1 ? 's' : ''})`,
  residentsWords: 'Leurs mots',
  underActivities: 'Pendant',
  score: 'Niveau',
  nothingYet: {
    workshop: 'Rien pour l’instant : l’atelier n’a pas encore commencé.',
    synthesis: 'Rien pour l’instant : aucune activité n’a encore été placée sur la fresque.',
    proposals: 'Rien pour l’instant : aucune proposition n’a encore été faite.',
    fresco: 'Rien pour l’instant.',
    actions: 'Rien pour l’instant : aucune fiche action n’a encore été rédigée.',
    answers: 'Aucune difficulté ni proposition des habitants n’est encore reliée à cette action.',
  },
  moreItems: (count) => `et ${count} de plus`,
  legend: { difficulties: 'difficultés trouvées', placed: 'placée n fois' },
  pictogramCredit: 'Pictogrammes : OpenMoji (openmoji.org), licence CC BY-SA 4.0.',
  generatedWith: 'Document produit avec Fresco, à reprendre et compléter librement.',
  page: (page, total) => `Page ${page} / ${total}`,
  pageParts: ['Page ', ' / '],
  colon: '\u00a0:',
  semicolon: '\u00a0;',
  quote: (words) => `«\u00a0${words}\u00a0»`,
  kit: {
    title: 'Kit papier de l’atelier',
    intro:
      'Imprimez, découpez les cartes et collez-les sur la fresque de la semaine (A3) quand les tablettes ne suffisent pas.',
    activities: 'Cartes des activités',
    difficulties: 'Cartes des difficultés',
    custom: 'Cartes ajoutées pour cet atelier',
    weekFresco: 'Fresque de la semaine',
    weekend: 'Week-end',
    cutHere: 'Découper en suivant les pointillés.',
  },
};

const en: ExportLabels = {
  documentTitle: 'Draft action plan',
  subtitle: 'Digital inclusion plan: working draft from the concertation',
  workshop: 'Workshop',
  place: 'Place',
  date: 'Date',
  participants: 'Participants',
  participantCount: (count) => (count === 0 ? 'none' : count === 1 ? '1 resident' : `${count} residents`),
  contents: 'Contents',
  counts: ({ activities, difficulties, proposals, actions }) =>
    `${activities} activit${activities === 1 ? 'y' : 'ies'}, ${difficulties} difficult${difficulties === 1 ? 'y' : 'ies'}, ${proposals} proposal${proposals === 1 ? '' : 's'}, ${actions} action${actions === 1 ? '' : 's'}`,
  synthesis: 'Summary of the residents’ workshop',
  matrixTitle: 'Activities × difficulties',
  matrixIntro:
    'How many digital difficulties came up when “pulling the thread” of each activity of the week.',
  activity: 'Activity',
  difficulty: 'Difficulty',
  unnamed: {
    activity: 'Other activity',
    difficulty: 'Other difficulty',
    proposal: 'Other proposal',
    note: 'Note',
  },
  total: 'Total',
  topProposals: 'Most supported proposals',
  proposal: 'Proposal',
  votes: 'Votes',
  voters: 'Voters',
  explorationFresco: 'Exploration fresco',
  explorationIntro:
    'The residents’ week: activities placed by day and time of day, and the difficulties found.',
  chronologicalFresco: 'Chronological fresco',
  chronologicalIntro: 'The implementation scenario: each action on the plan’s calendar.',
  pictureOf: (what) => `Picture: ${what}`,
  actionSheets: 'Action sheets',
  actionHeading: (number, title) => `Action sheet no. ${number}: ${title}`,
  untitled: 'Untitled action',
  fields: {
    number: 'No.',
    title: 'Title',
    nature: 'Nature',
    status: 'Status',
    theme: 'Theme',
    axis: 'Axis',
    lane: 'Fresco lane',
    calendar: 'Calendar',
    start: 'Start',
    end: 'End',
    owner: 'Lead',
    partners: 'Partners',
    audience: 'Target audience',
    context: 'Context',
    objectives: 'Objectives',
    description: 'Description and ways of doing it (places, outreach)',
    resources: 'Resources',
    budget: 'Budget',
    indicators: 'Indicators',
    capabilities: 'Capability radar',
    residentsSay: 'What residents say',
    difficulties: 'Difficulties raised',
    proposals: 'Residents’ proposals',
    missing: 'To complete',
  },
  natures: { continue: 'To continue', reinforce: 'To reinforce', new: 'New' },
  statuses: { draft: 'Draft', ready: 'Ready', validated: 'Validated' },
  days: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
  periods: { morning: 'Morning', midday: 'Midday', afternoon: 'Afternoon', evening: 'Evening' },
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  unplaced: 'Not placed yet',
  noLane: 'No lane',
  noLaneBy: { owner: 'No lead yet', theme: 'No theme yet' },
  noDates: 'Dates to set',
  toComplete: 'To complete',
  timesRaised: (count) => (count === 1 ? 'raised once' : `raised ${count} times`),
  voteCount: (votes, voters) =>
    `${votes} vote${votes === 1 ? '' : 's'} (${voters} voter${voters === 1 ? '' : 's'})`,
  residentsWords: 'Their words',
  underActivities: 'During',
  score: 'Level',
  nothingYet: {
    workshop: 'Nothing yet: the workshop has not started.',
    synthesis: 'Nothing yet: no activity has been placed on the fresco.',
    proposals: 'Nothing yet: no proposal has been made.',
    fresco: 'Nothing yet.',
    actions: 'Nothing yet: no action sheet has been written.',
    answers: 'No difficulty or proposal from residents is linked to this action yet.',
  },
  moreItems: (count) => `and ${count} more`,
  legend: { difficulties: 'difficulties found', placed: 'placed n times' },
  pictogramCredit: 'Pictograms: OpenMoji (openmoji.org), CC BY-SA 4.0 licence.',
  generatedWith: 'Document made with Fresco, free to edit and complete.',
  page: (page, total) => `Page ${page} of ${total}`,
  pageParts: ['Page ', ' of '],
  colon: ':',
  semicolon: ';',
  quote: (words) => `“${words}”`,
  kit: {
    title: 'Paper workshop kit',
    intro: 'Print, cut out the cards and stick them on the week fresco (A3) when tablets are not enough.',
    activities: 'Activity cards',
    difficulties: 'Difficulty cards',
    custom: 'Cards added for this workshop',
    weekFresco: 'Week fresco',
    weekend: 'Weekend',
    cutHere: 'Cut along the dotted lines.',
  },
};

export const EXPORT_LABELS: Record<Language, ExportLabels> = { fr, en };

export function exportLabels(language: Language): ExportLabels {
  return EXPORT_LABELS[language] ?? fr;
}
