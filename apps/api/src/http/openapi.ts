import swagger from '@fastify/swagger';
import { ErrorBody } from '@village/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Builds the OpenAPI document from the routes' own schemas and serves it at /api/docs/json. */
export const openApi = fp(
  async (app: FastifyInstance) => {
    app.addSchema(ErrorBody);
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Village API',
          version: '1.0.0',
          description:
            'Peer support groups: accounts, groups, threads, posts. Errors are {"error":{code,message,field?}}.',
        },
        components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'village_session' } } },
      },
    });
    app.get('/api/docs/json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
