// Errors as sentences keyed on `extensions.code`, followed by the server's own message.
import { ApiError } from '../api/client';
import { useT, type T } from '../i18n';
import type { Key } from '../i18n/en';
import { ERROR_CODES } from './codes';


export function describe(t: T, error: unknown): string {
  if (error instanceof ApiError) {
    const known = (ERROR_CODES as readonly string[]).includes(error.code);
    const sentence = t((known ? `error.${error.code}` : 'error.UNKNOWN') as Key, { code: error.code });
    return error.message && error.message !== sentence ? `${sentence} ${t('error.server', { message: error.message })}` : sentence;
  }
  if (typeof error === 'string') return error;
  return t('error.UNKNOWN', { code: '?' });
}

export function ErrorText({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'CLIENT';
  return (
    <p className="error" role="alert" data-code={code}>
      {describe(t, error)}
    </p>
  );
}
