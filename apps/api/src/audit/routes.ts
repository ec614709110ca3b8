import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditPage, AuditQuery } from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { auditCsv, auditPage } from './service.ts';

/** Admins read, filter and export the audit log; nothing here (or anywhere) can change it. */
export const auditRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['admin'];

  app.get(
    '/api/admin/audit',
    { onRequest: adminOnly, schema: { tags, querystring: AuditQuery, response: responses({ 200: AuditPage }) } },
    async (request, reply) => {
      requireAdmin(request);
      reply.header('cache-control', 'no-store');
      return auditPage(ctx.db, request.query);
    },
  );

  app.get(
    '/api/admin/audit.csv',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        querystring: AuditQuery,
        description: 'Every matching entry, newest first, as a CSV attachment (text/csv).',
        // A stream is sent as it is (never serialised); the schema documents it for OpenAPI.
        response: responses({ 200: Type.Unsafe<Readable>({ type: 'string', description: 'text/csv' }) }),
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      const stream = auditCsv(ctx.db, request.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="village-audit-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
};
