// A small GraphQL-over-HTTP client: POST /graphql with the session's bearer token.
import type { TypedDocumentString } from '../gql/graphql';
import { Refresh } from './ops';
import { clearSession, setRefresher, setSession, token } from './session';

/** An error the API answered (its `extensions.code`), or NETWORK when it could not be asked. */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

interface GraphQLBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<R, V>(
  doc: TypedDocumentString<R, V>,
  variables?: V,
  opts: { anonymous?: boolean } = {},
): Promise<R> {
  const bearer = opts.anonymous ? null : token();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let resp: Response;
  try {
    resp = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: doc.toString(), variables: variables ?? {} }),
      credentials: 'omit',
    });
  } catch (e) {
    throw new ApiError('NETWORK', e instanceof Error ? e.message : String(e));
  }
  let body: GraphQLBody<R>;
  try {
    body = (await resp.json()) as GraphQLBody<R>;
  } catch {
    throw new ApiError(resp.status >= 500 ? 'INTERNAL' : 'NETWORK', `HTTP ${resp.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL';
    // A token the server no longer takes ends the session (the sign-in page shows next).
    if (code === 'UNAUTHENTICATED' && bearer) clearSession();
    throw new ApiError(code, first.message);
  }
  if (!body.data) throw new ApiError('INTERNAL', `HTTP ${resp.status}`);
  return body.data;
}

setRefresher(async () => {
  const d = await request(Refresh);
  setSession(d.refreshToken);
});
