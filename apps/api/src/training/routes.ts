import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AddTrainingModuleBody,
  FacilitatorTraining,
  MyFacilitation,
  RecordTrainingBody,
  TrainingModuleList,
  TrainingModuleView,
  TrainingRecordView,
  Uuid,
} from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { assignFacilitator, listFacilitators, myFacilitation, unassignFacilitator } from './facilitators.ts';
import { addModule, listModules } from './modules.ts';
import { recordTraining } from './records.ts';

const AssignParams = Type.Object({ groupId: Uuid, userId: Uuid }, { additionalProperties: false });
const FacilitatorResponse = Type.Object({ facilitator: FacilitatorTraining });

/**
 * Admins record facilitator training, add modules and assign facilitators (only those whose
 * training is current); a facilitator reads her own training and follow-up counts.
 */
export const trainingRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['training'];

  app.get('/api/me/facilitation', { schema: { tags, response: responses({ 200: MyFacilitation }) } }, async (request) =>
    myFacilitation(ctx.db, request.actor, new Date()),
  );

  app.get(
    '/api/admin/training-modules',
    { onRequest: adminOnly, schema: { tags, response: responses({ 200: TrainingModuleList }) } },
    async () => ({ modules: await listModules(ctx.db) }),
  );

  app.post(
    '/api/admin/training-modules',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        body: AddTrainingModuleBody,
        response: responses({ 201: Type.Object({ module: TrainingModuleView }) }),
      },
    },
    async (request, reply) =>
      reply.code(201).send({ module: await addModule(ctx.db, requireAdmin(request), request.body) }),
  );

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
    '/api/admin/facilitators',
    {
      onRequest: adminOnly,
      schema: { tags, response: responses({ 200: Type.Object({ facilitators: Type.Array(FacilitatorTraining) }) }) },
    },
    async () => ({ facilitators: await listFacilitators(ctx.db, new Date()) }),
  );

  app.put(
    '/api/admin/groups/:groupId/facilitators/:userId',
    { onRequest: adminOnly, schema: { tags, params: AssignParams, response: responses({ 200: FacilitatorResponse }) } },
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

  app.delete(
    '/api/admin/groups/:groupId/facilitators/:userId',
    { onRequest: adminOnly, schema: { tags, params: AssignParams, response: responses({ 200: FacilitatorResponse }) } },
    async (request) => ({
      facilitator: await unassignFacilitator(
        ctx.db,
        requireAdmin(request),
        request.params.groupId,
        request.params.userId,
        new Date(),
      ),
    }),
  );
};
