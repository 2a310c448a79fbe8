// Calls to the storytrace API. A server bound beyond loopback wants a bearer token: the user
// gives it once and it is kept for this tab only.
const TOKEN_KEY = 'storytrace-token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

function headers(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => ({ error: res.statusText }))) as T & { error?: string };
  if (!res.ok && !(res.status === 422 && 'added' in body)) throw new ApiError(res.status, body.error ?? `HTTP ${res.status}`);
  return body;
}

export async function getJson<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const url = `api/${path}${query.size ? `?${query}` : ''}`;
  return parse<T>(await fetch(url, { headers: headers() }));
}

export async function postFiles<T>(path: string, files: File[]): Promise<T> {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  return parse<T>(await fetch(`api/${path}`, { method: 'POST', body: form, headers: headers() }));
}

/** Fetches a file from the API and hands it to the browser as a download under the server's file name. */
export async function download(path: string, params: Record<string, string>): Promise<void> {
  const res = await fetch(`api/${path}?${new URLSearchParams(params)}`, { headers: headers() });
  if (!res.ok) throw new ApiError(res.status, `HTTP ${res.status}`);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'storytrace-export';
  const url = URL.createObjectURL(await res.blob());
  // An anchor made here, not through h(): its blob: address is ours, never data from the analysis.
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
