/**
 * The JSON export format: the whole workshop as plain data, versioned, for archiving and for other tools
 * (an observatory, a city's project tool, another Fresco server through importWorkshopJson).
 *
 * Version 1 (this file is its documentation; every field is described in the schema below):
 * - `format` is always "fresco-workshop"; `formatVersion` is 1. A reader refuses versions it does not know.
 * - `workshop`, `participants`, `items`, `votes`, `actions` mirror the three Yjs documents (PRODUCT.md §4)
 *   as the tolerant readers return them. Seats are exported without their names: residents are counted,
 *   never named, outside the room.
 * - `derived` holds what Fresco computes from the rest (pictogram names, the synthesis) for tools that do
 *   not want to recompute it; an importer ignores it.
 * Adding optional fields keeps version 1; renaming, removing or changing the meaning of one needs
 * version 2 and a step in importWorkshopJson.
 */
import { DAYS, ITEM_KINDS, PERIODS } from '../../schema/board';
import { LANGUAGES, PHASES } from '../../schema/control';
import { CAPABILITY_MAX, NATURES, STATUSES } from '../../schema/plan';

export const WORKSHOP_JSON_FORMAT = 'fresco-workshop';
export const WORKSHOP_JSON_VERSION = 1;

const yearMonth = {
  type: 'string',
  description: '`YYYY-MM`, or as typed while the sheet is a draft.',
} as const;
const id = { type: 'string', minLength: 1 } as const;

export const WORKSHOP_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:fresco:workshop-export:1',
  title: 'Fresco workshop export, format version 1',
  type: 'object',
  required: ['format', 'formatVersion', 'workshop', 'participants', 'items', 'votes', 'actions'],
  properties: {
    format: { const: WORKSHOP_JSON_FORMAT },
    formatVersion: { const: WORKSHOP_JSON_VERSION },
    schemaVersion: {
      type: 'integer',
      minimum: 0,
      description: 'Schema version of the documents it came from.',
    },
    exportedAt: { type: 'string', description: 'ISO 8601 time of the export.' },
    workshop: {
      type: 'object',
      required: ['title', 'place', 'date', 'language', 'timelineStart', 'timelineEnd', 'capabilityAxes'],
      properties: {
        title: { type: 'string' },
        place: { type: 'string' },
        date: { type: 'string', description: '`YYYY-MM-DD` or empty.' },
        language: { enum: [...LANGUAGES] },
        phase: { enum: [...PHASES] },
        timelineStart: yearMonth,
        timelineEnd: yearMonth,
        votesPerParticipant: { type: 'integer', minimum: 0 },
        capabilityAxes: {
          type: 'array',
          description: 'Axes of the capability radar (toile des capabilités), in drawing order.',
          items: {
            type: 'object',
            required: ['id', 'label'],
            properties: { id, label: { type: 'string' } },
          },
        },
        customPictograms: {
          type: 'array',
          description: 'Activities and difficulties the facilitator added for this workshop.',
          items: {
            type: 'object',
            required: ['id', 'kind', 'label', 'pictogram'],
            properties: {
              id,
              kind: { enum: ['activity', 'difficulty'] },
              label: { type: 'string' },
              pictogram: { type: 'string', description: 'Shipped pictogram that illustrates it.' },
            },
          },
        },
      },
    },
    participants: {
      type: 'array',
      description: 'Seats (one per tablet), without names.',
      items: {
        type: 'object',
        required: ['id'],
        properties: { id, avatar: { type: 'string' }, color: { type: 'string' }, freed: { type: 'boolean' } },
      },
    },
    items: {
      type: 'array',
      description: 'Everything on the exploration fresco, oldest first.',
      items: {
        type: 'object',
        required: ['id', 'kind', 'pictogram', 'label', 'day', 'period', 'parent', 'links', 'createdAt'],
        properties: {
          id,
          kind: { enum: [...ITEM_KINDS] },
          pictogram: { type: 'string' },
          label: { type: 'string', description: 'Words the resident typed or dictated.' },
          day: { enum: [...DAYS, null] },
          period: { enum: [...PERIODS, null] },
          parent: {
            type: ['string', 'null'],
            description: "A difficulty's activity; a proposal's first difficulty.",
          },
          links: {
            type: 'array',
            items: { type: 'string' },
            description: 'Difficulties a proposal answers.',
          },
          mergedInto: {
            type: ['string', 'null'],
            description: 'The proposal this duplicate was grouped under.',
          },
          author: { type: 'string', description: 'Participant id, or `facilitator`.' },
          createdAt: { type: 'number', description: 'Epoch milliseconds.' },
        },
      },
    },
    votes: {
      type: 'object',
      description: 'Dot votes: proposal id → participant id → tokens.',
      additionalProperties: {
        type: 'object',
        additionalProperties: { type: 'integer', minimum: 1 },
      },
    },
    actions: {
      type: 'array',
      description: 'Fiches action in timeline order.',
      items: {
        type: 'object',
        required: ['id', 'number', 'title', 'nature', 'status', 'start', 'end', 'capabilities', 'links'],
        properties: {
          id,
          number: { type: 'number' },
          title: { type: 'string' },
          nature: {
            enum: [...NATURES],
            description: 'continue = à poursuivre, reinforce = à renforcer, new = nouvelle.',
          },
          status: { enum: [...STATUSES] },
          lane: { type: 'string' },
          theme: { type: 'string' },
          axis: { type: 'string', description: 'Capability axis id the action mainly serves.' },
          start: yearMonth,
          end: yearMonth,
          owner: { type: 'string', description: 'Lead (porteur).' },
          partners: { type: 'string' },
          budget: { type: 'string', description: 'As typed, e.g. "5 000 €".' },
          context: { type: 'string' },
          objectives: { type: 'string' },
          audience: { type: 'string' },
          description: { type: 'string' },
          resources: { type: 'string' },
          indicators: { type: 'string' },
          capabilities: {
            type: 'object',
            description: 'Axis id → score.',
            additionalProperties: { type: 'integer', minimum: 0, maximum: CAPABILITY_MAX },
          },
          links: {
            type: 'array',
            items: { type: 'string' },
            description: 'Board item ids the action answers.',
          },
          createdAt: { type: 'number' },
        },
      },
    },
    derived: {
      type: 'object',
      description: 'Computed by Fresco from the fields above; ignored on import.',
      properties: {
        pictogramNames: { type: 'object', additionalProperties: { type: 'string' } },
        synthesis: { type: 'object' },
      },
    },
  },
} as const;
