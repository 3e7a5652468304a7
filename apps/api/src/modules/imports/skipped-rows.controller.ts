import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import {
  csvCell,
  csvFileName,
  CSV_LINE_END,
} from '@esm-planner/shared-util-csv';
import { AppErrorHttpFilter } from '../business-cases/exports/app-error-http.filter';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { ImportsService } from './imports.service';
import { SKIPPED_ROWS_ROUTE } from './skipped-rows-path';

// Rows are read and written this many at a time: the list can be as long as the file.
const PAGE = 5_000;
const HEADER = ['line', 'column', 'message', 'value'];

type SkippedRow = {
  ordinal: number;
  line: number;
  column_number: number;
  message: string;
  value: string | null;
};

/**
 * The full list of rows an import skipped (invalidRows: SKIP), as CSV:
 *   GET /exports/imports/:id/skipped-rows.csv
 * with the same bearer token as /graphql and the same rule as reading the
 * job (importJob). Cells are neutralised against formulas like every other
 * CSV export (libs/shared/util-csv); the file streams page by page.
 */
@Controller(SKIPPED_ROWS_ROUTE)
@UseFilters(AppErrorHttpFilter)
export class SkippedRowsController {
  constructor(
    private readonly imports: ImportsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':id/skipped-rows.csv')
  async skippedRows(
    @Param('id') id: string,
    @CurrentRequest() req: ApiRequest,
    @Res() res: Response,
  ): Promise<void> {
    const job = await this.imports.readableJob(req, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${csvFileName('skipped rows', job.fileName?.replace(/\.[a-z]+$/i, ''), job.id.slice(0, 8))}"`,
    );
    // A BOM, so that a spreadsheet reads accented values as UTF-8.
    res.write(`\uFEFF${HEADER.join(',')}${CSV_LINE_END}`);
    let after: [number, number, number] = [-1, -1, -1];
    for (;;) {
      const rows: SkippedRow[] = await this.dataSource.query(
        `SELECT ordinal, line, column_number, message, value FROM import_skipped_row
          WHERE organization_id = $1 AND import_job_id = $2 AND (line, column_number, ordinal) > ($3, $4, $5)
          ORDER BY line, column_number, ordinal LIMIT ${PAGE}`,
        [job.organizationId, job.id, ...after],
      );
      if (rows.length === 0) break;
      const text = rows
        .map((r) =>
          [r.line, r.column_number || null, r.message, r.value]
            .map(csvCell)
            .join(','),
        )
        .join(CSV_LINE_END);
      if (!res.write(text + CSV_LINE_END))
        await new Promise((resolve) => res.once('drain', resolve));
      const last = rows[rows.length - 1];
      after = [last.line, last.column_number, last.ordinal];
      if (rows.length < PAGE) break;
    }
    res.end();
  }
}
