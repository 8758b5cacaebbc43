/** The two calls of the survey API an interviewer's phone makes (shared/protocol/survey.ts). */
import type { SurveyInfo, SurveySeatResponse } from '../../shared/protocol/survey';
import { apiCall } from '../api/http';

const surveyPath = (id: string) => `/api/surveys/${encodeURIComponent(id)}`;

export const surveyApi = {
  info: (id: string, token: string) => apiCall<SurveyInfo>('GET', surveyPath(id), { token }),
  seat: (id: string, sharedToken: string) =>
    apiCall<SurveySeatResponse>('POST', `${surveyPath(id)}/seat`, { token: sharedToken }),
};
