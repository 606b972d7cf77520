import { ParseUUIDPipe } from '@nestjs/common';
import { NotFoundError } from '@veraz/contracts';

/** A malformed id is simply not found (404), like another institution's id. */
export const uuidPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError() });
