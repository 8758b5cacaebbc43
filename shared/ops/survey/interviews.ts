/**
 * Writing interviews into a survey session's document. An interview is saved whole, once, when the
 * interviewer finishes it: a half-asked one never reaches the diagnostic, and a record written in one
 * transaction syncs as one, so a phone that syncs twice or reloads sends nothing twice.
 */
import * as Y from 'yjs';
import { newId } from '../../ids';
import {
  AGE_BANDS,
  EQUIPMENT_KEYS,
  FRAGILITY_LEVELS,
  HELP_KEYS,
  type InterviewAnswers,
  SURVEY_LIST_MAX,
} from '../../schema/survey';
import type { Origin } from '../origin';
import { interviewsMap, recordOf } from '../roots';

/** Saves a finished interview under a new id; returns the id. */
export function saveInterview(
  doc: Y.Doc,
  args: { answers: InterviewAnswers; author: string; now?: number; id?: string },
  origin: Origin,
): string {
  const interviews = interviewsMap(doc);
  const id = args.id && !interviews.has(args.id) ? args.id : newId();
  const answers = args.answers;
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    const equipment = new Y.Map<boolean>();
    for (const key of EQUIPMENT_KEYS) {
      const has = answers.equipment[key];
      if (typeof has === 'boolean') equipment.set(key, has);
    }
    record.set(
      'ageBand',
      (AGE_BANDS as readonly unknown[]).includes(answers.ageBand) ? answers.ageBand : null,
    );
    record.set('neighbourhood', answers.neighbourhood ? answers.neighbourhood.slice(0, 120) : null);
    record.set('equipment', equipment);
    record.set('uses', idList(answers.uses));
    record.set('difficulties', idList(answers.difficulties));
    record.set('help', idList(answers.help.filter((key) => (HELP_KEYS as readonly string[]).includes(key))));
    record.set('wouldCome', typeof answers.wouldCome === 'boolean' ? answers.wouldCome : null);
    record.set('digitalFragility', fragility(answers.digitalFragility));
    record.set('socialFragility', fragility(answers.socialFragility));
    record.set('author', args.author);
    record.set('createdAt', Math.floor(args.now ?? Date.now()));
    interviews.set(id, record);
  }, origin);
  return id;
}

/** Removes an interview (the interviewer's "this one was a mistake"); false when it is not there. */
export function removeInterview(doc: Y.Doc, id: string, origin: Origin): boolean {
  const interviews = interviewsMap(doc);
  if (!recordOf(interviews, id)) return false;
  doc.transact(() => interviews.delete(id), origin);
  return true;
}

function idList(ids: readonly string[]): Y.Array<string> {
  const array = new Y.Array<string>();
  array.push([...new Set(ids)].slice(0, SURVEY_LIST_MAX));
  return array;
}

function fragility(level: number | null): number | null {
  return (FRAGILITY_LEVELS as readonly unknown[]).includes(level) ? level : null;
}
