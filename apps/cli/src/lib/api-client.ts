import { Readable } from 'node:stream';

export type GraphQLResult<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
};

/** Thrown for an answer with errors; the message is the API's, never a stack. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async query<T>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    return this.send<T>(JSON.stringify({ query, variables }), {
      'content-type': 'application/json',
    });
  }

  /** A multipart request: Apollo's CSRF rule wants the preflight header on it. */
  async upload<T>(
    body: Readable,
    contentType: string,
    contentLength: number,
    signal?: AbortSignal,
  ): Promise<T> {
    return this.send<T>(
      Readable.toWeb(body) as ReadableStream,
      {
        'content-type': contentType,
        'content-length': String(contentLength),
        'apollo-require-preflight': 'true',
      },
      signal,
    );
  }

  /** A GET of one of the API's downloads (a path such as /exports/…), as a stream. */
  async download(path: string): Promise<ReadableStream<Uint8Array>> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
        headers: { authorization: `Bearer ${this.token}` },
      });
    } catch (error) {
      throw new ApiError(
        `cannot reach the API at ${this.baseUrl} (${(error as Error).cause ?? (error as Error).message})`,
        'NETWORK',
      );
    }
    if (!response.ok || !response.body) {
      // The export routes answer `{ code, message }`, as GraphQL would.
      const body = (await response.json().catch(() => ({}))) as {
        code?: string;
        message?: string;
      };
      throw new ApiError(
        body.message ?? `the download answered ${response.status}`,
        body.code ?? String(response.status),
      );
    }
    return response.body;
  }

  private async send<T>(
    body: BodyInit,
    headers: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl.replace(/\/$/, '')}/graphql`, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${this.token}` },
        body,
        signal,
        duplex: 'half',
      } as RequestInit);
    } catch (error) {
      throw new ApiError(
        `cannot reach the API at ${this.baseUrl} (${(error as Error).cause ?? (error as Error).message})`,
        'NETWORK',
      );
    }
    const result = (await response
      .json()
      .catch(() => ({}))) as GraphQLResult<T>;
    if (result.errors?.length) {
      const [first] = result.errors;
      throw new ApiError(
        result.errors.map((e) => e.message).join('; '),
        first.extensions?.code,
        first.extensions?.fields,
      );
    }
    if (!result.data)
      throw new ApiError(
        `the API answered ${response.status} without data`,
        String(response.status),
      );
    return result.data;
  }
}
