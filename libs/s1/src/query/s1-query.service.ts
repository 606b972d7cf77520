import { Injectable } from '@nestjs/common';
import { parseS1Request } from './s1-request';
import { S1QueryRepository, type S1Scope } from './s1-query.repository';

export interface S1Response {
  pagination: { pageSize: number; page: number; totalRows: number; hasNextPage: boolean };
  results: unknown[];
}

/** An S1Response whose results are still JSON text, as stored; `json` is the whole answer's body. */
export interface S1Page {
  pagination: S1Response['pagination'];
  results: string[];
  json(): string;
}

/** POST /v2/declaraciones: the PDN's search over published declarations (S1-NOTES a.3–a.5). */
@Injectable()
export class S1QueryService {
  constructor(private readonly repository: S1QueryRepository) {}

  async search(scope: S1Scope, body: unknown): Promise<S1Page> {
    const request = parseS1Request(body);
    // The request runner opened the context: the institution's tenant, or the public scope for the shared endpoint.
    const { total, documents } = this.repository.isPlainScan(request)
      ? await this.repository.scan(scope, request.page, request.pageSize)
      : await this.repository.search(scope, request);
    // The PDN reuses this object for its next request: echo the effective (clamped) values.
    const pagination = { pageSize: request.pageSize, page: request.page, totalRows: total, hasNextPage: request.page * request.pageSize < total };
    return { pagination, results: documents, json: () => `{"pagination":${JSON.stringify(pagination)},"results":[${documents.join(',')}]}` };
  }
}
