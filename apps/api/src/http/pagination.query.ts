import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_LIMIT = 200;
/** Deeper than any list a person pages through, and far inside PostgreSQL's bigint. */
export const MAX_PAGE_OFFSET = 1_000_000;

export class PageQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'debe ser al menos 1' })
  @Max(MAX_PAGE_LIMIT, { message: `debe ser como máximo ${MAX_PAGE_LIMIT}` })
  limit = 50;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0, { message: 'no puede ser negativo' })
  @Max(MAX_PAGE_OFFSET, { message: `debe ser como máximo ${MAX_PAGE_OFFSET}` })
  offset = 0;
}
