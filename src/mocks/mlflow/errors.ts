import { HttpResponse } from 'msw';

/** MLflow's error codes and the HTTP status its server answers them with (`mlflow/server/handlers.py`). */
export const ERROR_STATUS = {
  RESOURCE_DOES_NOT_EXIST: 404,
  INVALID_PARAMETER_VALUE: 400,
  BAD_REQUEST: 400,
  RESOURCE_ALREADY_EXISTS: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  INTERNAL_ERROR: 500,
  TEMPORARILY_UNAVAILABLE: 503,
} as const;
export type MlflowErrorCode = keyof typeof ERROR_STATUS;

/** Thrown inside the mock; the handler wrapper turns it into MLflow's error response. */
export class MlflowApiError extends Error {
  constructor(
    readonly code: MlflowErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MlflowApiError';
  }
}

export const invalidParameter = (message: string): MlflowApiError =>
  new MlflowApiError('INVALID_PARAMETER_VALUE', message);

/** `{"error_code": …, "message": …}` with the code's status: for tests' `server.use` too. */
export function mlflowErrorResponse(code: MlflowErrorCode, message: string, status?: number): Response {
  return HttpResponse.json({ error_code: code, message }, { status: status ?? ERROR_STATUS[code] });
}

/** What Flask (werkzeug) answers for a path MLflow does not serve. */
export function flaskNotFound(): Response {
  return new HttpResponse(
    '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n',
    { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}

export function flaskMethodNotAllowed(): Response {
  return new HttpResponse(
    '<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n',
    { status: 405, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}
