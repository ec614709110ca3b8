import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { FacilitatorTraining, RecordTrainingBody, ScheduleGapList, TrainingRecordView, Uuid } from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { listScheduleGaps } from './gaps.ts';
import { assignFacilitator, listFacilitators, recordTraining } from './training.ts';

const AssignParams = Type.Object({ groupId: Uuid, userId: Uuid }, { additionalProperties: false });

/** Admins record facilitator training and assign facilitators (only those whose training is current). */
export const trainingRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['admin'];

  app.post(
    '/api/admin/training-records',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        body: RecordTrainingBody,
        response: responses({ 201: Type.Object({ record: TrainingRecordView }) }),
      },
    },
    async (request, reply) => {
      const record = await recordTraining(ctx.db, requireAdmin(request), request.body);
      return reply.code(201).send({ record });
    },
  );

  app.get(
    '/api/admin/session-gaps',
    { onRequest: adminOnly, schema: { tags, response: responses({ 200: ScheduleGapList }) } },
    async (request) => {
      requireAdmin(request);
      return { gaps: await listScheduleGaps(ctx.db) };
    },
  );

  app.get(
    '/api/admin/facilitators',
    {
      onRequest: adminOnly,
      schema: { tags, response: responses({ 200: Type.Object({ facilitators: Type.Array(FacilitatorTraining) }) }) },
    },
    async (request) => {
      requireAdmin(request);
      return { facilitators: await listFacilitators(ctx.db, new Date()) };
    },
  );

  app.put(
    '/api/admin/groups/:groupId/facilitators/:userId',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        params: AssignParams,
        response: responses({ 200: Type.Object({ facilitator: FacilitatorTraining }) }),
      },
    },
    async (request) => ({
      facilitator: await assignFacilitator(
        ctx.db,
        request.actor,
        request.params.groupId,
        request.params.userId,
        new Date(),
      ),
    }),
  );
};
