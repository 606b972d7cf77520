import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@veraz/tenancy';
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
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: S1QueryRepository,
  ) {}

  async search(scope: S1Scope, body: unknown): Promise<S1Page> {
    const request = parseS1Request(body);
    const run = () =>
      this.repository.isPlainScan(request) ? this.repository.scan(scope, request.page, request.pageSize) : this.repository.search(scope, request);
    const { total, documents } = scope.kind === 'institution' ? await this.uow.inTenant(scope.institutionId, run) : await this.uow.inPublic(run);
    // The PDN reuses this object for its next request: echo the effective (clamped) values.
    const pagination = { pageSize: request.pageSize, page: request.page, totalRows: total, hasNextPage: request.page * request.pageSize < total };
    return { pagination, results: documents, json: () => `{"pagination":${JSON.stringify(pagination)},"results":[${documents.join(',')}]}` };
  }
}
