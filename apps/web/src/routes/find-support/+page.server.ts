import {
  type FindSupportResult,
  type SupportNeed,
  type SupportStage,
  supportNeeds,
  supportStages,
} from '@village/domain';
import { api } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

const pick = <T extends string>(list: readonly T[], value: string | null): T | null =>
  list.includes(value as T) ? (value as T) : null;

/**
 * The guided chooser is a plain GET form: its answers are the query string, so it works
 * without JavaScript and a result can be bookmarked. Unknown answers are ignored, not errors.
 */
export const load: PageServerLoad = async (event) => {
  const q = event.url.searchParams;
  const stage: SupportStage | null = pick(supportStages, q.get('stage'));
  const need: SupportNeed | null = pick(supportNeeds, q.get('need'));
  const area = (q.get('area') ?? '').trim().slice(0, 60);
  const answered = q.has('stage') || q.has('need') || q.has('area');
  const params = new URLSearchParams();
  if (stage) params.set('stage', stage);
  if (need) params.set('need', need);
  if (area) params.set('area', area);
  const result = await api<FindSupportResult>(event, `/api/find-support?${params}`);
  return {
    answers: { stage, need, area },
    answered,
    result: result.ok ? result.data : null,
    areas: result.ok ? result.data.areas : [],
  };
};
