/** GitHub's error bodies: `message`, `documentation_url`, `status`, and `errors[]` for 422. */

export interface FieldError {
  resource: string;
  field?: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  message?: string;
}

export const DOCS = 'https://docs.github.com/rest';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly options: {
      errors?: FieldError[];
      documentationUrl?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      message: this.message,
      documentation_url: this.options.documentationUrl ?? DOCS,
      status: String(this.status),
    };
    if (this.options.errors !== undefined) body.errors = this.options.errors;
    return body;
  }
}

export const notFound = (): ApiError => new ApiError(404, 'Not Found');

/** 422 "Validation Failed" with one field error, as GitHub reports a bad or missing field. */
export function validationFailed(error: FieldError): ApiError {
  return new ApiError(422, 'Validation Failed', { errors: [error] });
}

export function missingField(resource: string, field: string): ApiError {
  return validationFailed({ resource, field, code: 'missing_field' });
}

export function invalidField(resource: string, field: string, message?: string): ApiError {
  return validationFailed({
    resource,
    field,
    code: 'invalid',
    ...(message === undefined ? {} : { message }),
  });
}
