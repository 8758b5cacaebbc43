/** The survey API's routes (shared/protocol/survey.ts), plugged into the table of server/http/api.ts. */
import type { Route } from '../http/api';
import { bearerToken, readJson, sendJson } from '../http/respond';
import type { SurveyService } from './service';
import { parseQuestionnaire, parseSurveyInput } from './validate';

export function surveyRoutes(surveys: SurveyService): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/concertations\/([^/]+)\/surveys$/,
      handler: async (req, res, [id]) => {
        const input = parseSurveyInput(await readJson(req), new Date().toISOString().slice(0, 10));
        sendJson(res, 201, surveys.create(id as string, bearerToken(req), input));
      },
    },
    {
      method: 'PUT',
      pattern: /^\/api\/concertations\/([^/]+)\/surveys\/([^/]+)\/questionnaire$/,
      handler: async (req, res, [id, surveyId]) => {
        const questionnaire = parseQuestionnaire(await readJson(req));
        sendJson(
          res,
          200,
          await surveys.setQuestionnaire(id as string, surveyId as string, bearerToken(req), questionnaire),
        );
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/api\/concertations\/([^/]+)\/surveys\/([^/]+)$/,
      handler: async (req, res, [id, surveyId]) => {
        await surveys.delete(id as string, surveyId as string, bearerToken(req));
        res.writeHead(204, { 'Cache-Control': 'no-store' });
        res.end();
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/surveys\/([^/]+)$/,
      handler: async (req, res, [id]) =>
        sendJson(res, 200, await surveys.info(id as string, bearerToken(req))),
    },
    {
      method: 'POST',
      pattern: /^\/api\/surveys\/([^/]+)\/seat$/,
      handler: async (req, res, [id]) => sendJson(res, 200, surveys.seat(id as string, bearerToken(req))),
    },
  ];
}
