/** The lead's survey-session routes (shared/protocol/survey.ts), as typed results like the rest of the API. */
import type {
  CreateSurveyRequest,
  CreateSurveyResponse,
  SetQuestionnaireRequest,
  SurveyInfo,
} from '../../shared/protocol/survey';
import type { Questionnaire } from '../../shared/schema/survey';
import { apiCall } from './http';

const sessionsPath = (concertationId: string) =>
  `/api/concertations/${encodeURIComponent(concertationId)}/surveys`;
const sessionPath = (concertationId: string, surveyId: string) =>
  `${sessionsPath(concertationId)}/${encodeURIComponent(surveyId)}`;

export const surveyApi = {
  create: (concertationId: string, token: string, request: CreateSurveyRequest) =>
    apiCall<CreateSurveyResponse>('POST', sessionsPath(concertationId), { token, body: request }),
  setQuestionnaire: (concertationId: string, surveyId: string, token: string, questionnaire: Questionnaire) =>
    apiCall<SurveyInfo>('PUT', `${sessionPath(concertationId, surveyId)}/questionnaire`, {
      token,
      body: { questionnaire } satisfies SetQuestionnaireRequest,
    }),
  delete: (concertationId: string, surveyId: string, token: string) =>
    apiCall<undefined>('DELETE', sessionPath(concertationId, surveyId), { token }),
};
