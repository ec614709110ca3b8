import type { ErrorBody } from '@village/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './errors.ts';
import { type AjvIssue, describeIssue } from './validation-messages.ts';

/**
 * Every failure leaves as `{"error":{code,message,field?}}`. Validation errors name the
 * field; 5xx say nothing internal (the log has the detail, minus personal data).
 */
export const errorHandler = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
      if (error instanceof HttpError) {
        const body: ErrorBody = { error: { code: error.code, message: error.message } };
        if (error.field) body.error.field = error.field;
        return send(error.status, body);
      }
      if (error.validation && error.validation.length > 0) {
        const first = error.validation[0] as unknown as AjvIssue;
        const { field, message } = describeIssue(first, error.validationContext ?? 'body');
        return send(400, { error: { code: 'validation_failed', message, field } });
      }
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return send(413, { error: { code: 'payload_too_large', message: 'That request is too large.' } });
      }
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        return send(415 as number, {
          error: { code: 'validation_failed', message: 'Send JSON (Content-Type: application/json).' },
        });
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        // Fastify's own client errors (bad JSON, empty body): say so without internals.
        return send(error.statusCode, {
          error: { code: 'validation_failed', message: 'The request body is not valid JSON.', field: 'body' },
        });
      }
      request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'request failed');
      return send(500, { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } });
    });

    app.setNotFoundHandler((_request, reply) => {
      reply
        .status(404)
        .send({ error: { code: 'not_found', message: 'There is nothing at this address.' } } satisfies ErrorBody);
    });
  },
  { name: 'error-handler' },
);
