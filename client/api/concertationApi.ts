/** The concertation routes of PRODUCT.md §4, as typed results like the rest of the API. */
import type { FieldReturn } from '../../shared/concertation/fieldReturn';
import type {
  ConcertationInfo,
  ConcertationWorkshopCreated,
  CreateConcertationRequest,
  CreateConcertationResponse,
  CreateConcertationWorkshopRequest,
} from '../../shared/protocol/concertation';
import { apiCall } from './http';

const concertationPath = (id: string) => `/api/concertations/${encodeURIComponent(id)}`;

export const concertationApi = {
  create: (request: CreateConcertationRequest) =>
    apiCall<CreateConcertationResponse>('POST', '/api/concertations', { body: request }),
  info: (id: string, token: string) => apiCall<ConcertationInfo>('GET', concertationPath(id), { token }),
  addWorkshop: (id: string, token: string, request: CreateConcertationWorkshopRequest) =>
    apiCall<ConcertationWorkshopCreated>('POST', `${concertationPath(id)}/workshops`, {
      token,
      body: request,
    }),
  fieldReturn: (id: string, token: string, language: string) =>
    apiCall<FieldReturn>(
      'GET',
      `${concertationPath(id)}/field-return.json?lang=${language === 'en' ? 'en' : 'fr'}`,
      {
        token,
      },
    ),
  delete: (id: string, token: string) =>
    apiCall<{ deleted: string }>('DELETE', concertationPath(id), { token }),
};
