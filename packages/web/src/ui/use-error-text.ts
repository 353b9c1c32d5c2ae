import { type ErrorCode, errorCodes, type FieldError } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';

const fieldErrorCodes = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unrecognized_key',
  'custom',
] as const;

const isErrorCode = (code: string): code is ErrorCode => errorCodes.some((known) => known === code);
const isFieldErrorCode = (code: string): code is (typeof fieldErrorCodes)[number] =>
  fieldErrorCodes.some((known) => known === code);

/** Where a request's body field is named in a problem's `errors[].path`, e.g. `body.email`. */
export const bodyField = (path: string) => (path.startsWith('body.') ? path.slice(5).split('.')[0] : undefined);

export function useErrorText() {
  const { t } = useTranslation();

  const message = (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('errors.internal_error');
    if (error.reason === 'network') return t('problem.network');
    if (!error.problem) return t('problem.unexpected', { status: error.status });
    const { code, title } = error.problem;
    return isErrorCode(code) ? t(`errors.${code}`) : title;
  };

  const fieldMessage = (fieldError: FieldError) =>
    isFieldErrorCode(fieldError.code) ? t(`fieldErrors.${fieldError.code}`) : fieldError.message;

  /** Messages per body field; `codeFields` points a whole-request code at the field it is about. */
  const fieldErrors = (error: unknown, codeFields: Partial<Record<ErrorCode, string>> = {}) => {
    const byField: Record<string, string> = {};
    if (!(error instanceof ApiError) || !error.problem) return byField;
    const field = codeFields[error.problem.code];
    if (field) byField[field] = t(`errors.${error.problem.code}`);
    for (const fieldError of error.fieldErrors) {
      const name = bodyField(fieldError.path);
      if (!name || byField[name]) continue;
      byField[name] = fieldMessage(fieldError);
    }
    return byField;
  };

  return { message, fieldMessage, fieldErrors };
}
