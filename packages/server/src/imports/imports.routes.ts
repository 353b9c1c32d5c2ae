import {
  csvContentType,
  customerExportQuerySchema,
  customerImportQuerySchema,
  customerImportReportSchema,
  type ImportFormat,
  importRunPathSchema,
  tenantPathSchema,
  xlsxContentType,
} from '@utilis/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../db/index.ts';
import { originOf } from '../http/command-route.ts';
import { foundOrProblem, ProblemError, valueOrProblem } from '../http/problem-error.ts';
import { problemResponses } from '../http/problem-responses.ts';
import type { RouteOptions } from '../http/route-deps.ts';
import { branchesOf, tenantOf } from '../http/tenant-scope.ts';
import { exportCustomers } from './export-customers.ts';
import { findImportReport } from './find-import-report.ts';
import { importCustomers } from './import-customers.ts';
import { rejectedRowsFile } from './rejected-rows-file.ts';
import { startCustomerImport } from './start-customer-import.ts';
import { UploadedFile } from './uploaded-file.ts';

const tags = ['imports'];
// A migration file of 100,000 rows is some 20 MB as CSV; this route alone accepts that much.
const uploadLimitBytes = 200 * 1024 * 1024;
const formatOfType: Record<string, ImportFormat> = { [csvContentType]: 'csv', [xlsxContentType]: 'xlsx' };
const typeOfFormat: Record<ImportFormat, string> = { csv: `${csvContentType}; charset=utf-8`, xlsx: xlsxContentType };
const fileBody = z.custom<UploadedFile>((value) => value instanceof UploadedFile, 'Send the file as text/csv or XLSX');

export const importRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  // Parsers registered inside this plugin apply to its routes only.
  app.addContentTypeParser(
    [csvContentType, xlsxContentType],
    { parseAs: 'buffer', bodyLimit: uploadLimitBytes },
    async (_request: unknown, body: Buffer) => new UploadedFile(body),
  );
  // Before validation, so a JSON or form body is answered as the wrong kind of body, not as bad fields.
  app.addHook('preValidation', async (request) => {
    if (request.method === 'POST' && !(request.body instanceof UploadedFile)) {
      throw new ProblemError('unsupported_media_type', `Send the file as ${csvContentType} or ${xlsxContentType}`);
    }
  });

  app.post(
    '/tenants/:tenantId/imports/customers',
    {
      bodyLimit: uploadLimitBytes,
      // The run opens with this command; each batch is a commitCustomerBatch command of its own.
      config: { access: 'accounts.edit', command: startCustomerImport },
      schema: {
        tags,
        summary: 'Import parties, accounts, premises, service points and meters from a CSV or XLSX file',
        description:
          'The body is the file itself (Content-Type text/csv or the XLSX type), in the layout of docs/import.md. ' +
          'Every row is checked; good rows are committed in batches, and the report lists each rejected row ' +
          'with its line and reason. Importing the same file again creates nothing twice.',
        params: tenantPathSchema,
        querystring: customerImportQuerySchema,
        consumes: [csvContentType, xlsxContentType],
        body: fileBody.meta({ description: 'The file bytes', type: 'string', format: 'binary' }),
        response: { 201: customerImportReportSchema, ...problemResponses(400, 403, 404, 415, 422) },
      },
    },
    async (request, reply) => {
      const format = formatOfType[request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? ''] ?? 'csv';
      if (branchesOf(request, 'accounts.edit') !== null) {
        throw new ProblemError('permission_denied', 'An import needs accounts.edit for the whole tenant');
      }
      const report = await importCustomers(
        deps,
        { tenant: tenantOf(request), origin: originOf(request) },
        { fileName: request.query.fileName ?? `customers.${format}`, format, bytes: request.body.bytes },
      );
      return reply.code(201).send(valueOrProblem(report));
    },
  );

  app.get(
    '/tenants/:tenantId/imports/:importId',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'Get the report of an import run',
        params: importRunPathSchema,
        response: { 200: customerImportReportSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      foundOrProblem(
        await withTenant(deps.db, request.params.tenantId, (trx) => findImportReport(trx, request.params)),
        'import_not_found',
      ),
  );

  app.get(
    '/tenants/:tenantId/imports/:importId/rejected-rows',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: 'Download every rejected row of an import run as CSV: line, code, column, message',
        params: importRunPathSchema,
        produces: [csvContentType],
        response: { 200: z.string().meta({ description: 'CSV text' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const file = foundOrProblem(
        await withTenant(deps.db, request.params.tenantId, (trx) => rejectedRowsFile(trx, request.params)),
        'import_not_found',
      );
      return reply
        .type(typeOfFormat.csv)
        .header('content-disposition', `attachment; filename="import-${request.params.importId}-rejected-rows.csv"`)
        .send(file);
    },
  );

  app.get(
    '/tenants/:tenantId/exports/customers',
    {
      config: { access: 'accounts.read' },
      schema: {
        tags,
        summary: "Download a tenant's customers as CSV or XLSX, in the import layout",
        params: tenantPathSchema,
        querystring: customerExportQuerySchema,
        produces: [csvContentType, xlsxContentType],
        response: {
          200: z.string().meta({ description: 'The file', format: 'binary' }),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const { tenantId } = request.params;
      const branches = branchesOf(request, 'accounts.read');
      const bytes = await withTenant(deps.db, tenantId, (trx) => exportCustomers(trx, { tenantId, format, branches }));
      return (
        reply
          .type(typeOfFormat[format])
          .header('content-disposition', `attachment; filename="customers.${format}"`)
          // Fastify sends a Buffer as it is, past the serializer; the schema documents it as a file.
          .send(Buffer.from(bytes) as unknown as string)
      );
    },
  );
};
