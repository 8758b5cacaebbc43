/** A thin typed client for the HTTP API, as other tools would call it. */
import type { CreateWorkshopResponse, JoinResponse } from '../../shared/protocol/http';

export interface ApiResult<T> {
  status: number;
  body: T;
}

export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
}

export async function createWorkshop(
  baseUrl: string,
  body: { title: string; place?: string; date?: string } = { title: 'Atelier test' },
  adminToken?: string,
): Promise<CreateWorkshopResponse> {
  const result = await call<CreateWorkshopResponse>(baseUrl, 'POST', '/api/workshops', {
    body,
    token: adminToken,
  });
  if (result.status !== 201)
    throw new Error(`create failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

export async function joinByCode(
  baseUrl: string,
  code: string,
  device?: string,
): Promise<ApiResult<JoinResponse>> {
  return call<JoinResponse>(baseUrl, 'POST', '/api/join', {
    body: { code },
    headers: device ? { 'x-fresco-device': device } : {},
  });
}
