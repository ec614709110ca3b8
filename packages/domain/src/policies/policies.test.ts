import { describe, expect, it } from 'vitest';
import type { Actor, GroupFacts, PostFacts } from './actor.ts';
import {
  canAcceptGroundRules,
  canJoinGroup,
  canPostInGroup,
  canReadGroupPosts,
  canReviewJoinRequests,
} from './group.ts';
import { canDeletePost, canEditPost, canReactToPost, canSeePost } from './post.ts';
import { parseTopic } from './topic.ts';

const visitor: Actor = null;
const member: Actor = { id: 'm', role: 'member' };
const other: Actor = { id: 'o', role: 'member' };
const moderator: Actor = { id: 'mod', role: 'moderator' };
const admin: Actor = { id: 'a', role: 'admin' };

const outsider: GroupFacts = { joinPolicy: 'open', membership: null };
const requested: GroupFacts = {
  joinPolicy: 'request',
  membership: { status: 'requested', role: 'member', groundRulesAccepted: false },
};
const newMember: GroupFacts = {
  joinPolicy: 'open',
  membership: { status: 'active', role: 'member', groundRulesAccepted: false },
};
const settled: GroupFacts = {
  joinPolicy: 'open',
  membership: { status: 'active', role: 'member', groundRulesAccepted: true },
};

describe('group policies', () => {
  // [policy, actor, group, expected: true (allowed) or the refusal code]
  const table: [
    string,
    (a: Actor, g: GroupFacts) => { ok: boolean; code?: string },
    Actor,
    GroupFacts,
    true | string,
  ][] = [
    ['read', canReadGroupPosts, visitor, outsider, 'unauthenticated'],
    ['read', canReadGroupPosts, member, outsider, 'membership_required'],
    ['read', canReadGroupPosts, member, requested, 'membership_required'],
    ['read', canReadGroupPosts, member, newMember, true],
    ['read', canReadGroupPosts, moderator, outsider, true],
    ['read', canReadGroupPosts, admin, outsider, true],
    ['join', canJoinGroup, visitor, outsider, 'unauthenticated'],
    ['join', canJoinGroup, member, outsider, true],
    ['join', canJoinGroup, member, requested, 'conflict'],
    ['join', canJoinGroup, member, settled, 'conflict'],
    ['ground rules', canAcceptGroundRules, member, outsider, 'membership_required'],
    ['ground rules', canAcceptGroundRules, member, newMember, true],
    ['post', canPostInGroup, visitor, settled, 'unauthenticated'],
    ['post', canPostInGroup, member, outsider, 'membership_required'],
    ['post', canPostInGroup, member, requested, 'membership_required'],
    ['post', canPostInGroup, member, newMember, 'ground_rules_required'],
    ['post', canPostInGroup, member, settled, true],
    ['post', canPostInGroup, moderator, outsider, 'membership_required'],
    ['review requests', (a) => canReviewJoinRequests(a), member, outsider, 'forbidden'],
    ['review requests', (a) => canReviewJoinRequests(a), moderator, outsider, true],
    ['review requests', (a) => canReviewJoinRequests(a), admin, outsider, true],
  ];
  it.each(table)('%s: %o in %o', (_name, policy, actor, group, expected) => {
    const decision = policy(actor, group);
    if (expected === true) expect(decision.ok).toBe(true);
    else expect(decision).toMatchObject({ ok: false, code: expected });
  });
});

describe('post policies', () => {
  const mine = (status: PostFacts['status']): PostFacts => ({ authorId: 'm', status });
  const table: [string, (a: Actor, p: PostFacts) => { ok: boolean; code?: string }, Actor, PostFacts, true | string][] =
    [
      ['see', canSeePost, other, mine('published'), true],
      ['see', canSeePost, other, mine('pending'), 'not_found'],
      ['see', canSeePost, other, mine('held'), 'not_found'],
      ['see', canSeePost, member, mine('held'), true],
      ['see', canSeePost, moderator, mine('held'), true],
      ['see', canSeePost, other, mine('removed'), true],
      ['edit', canEditPost, member, mine('published'), true],
      ['edit', canEditPost, member, mine('pending'), true],
      ['edit', canEditPost, other, mine('published'), 'forbidden'],
      ['edit', canEditPost, member, mine('removed'), 'conflict'],
      ['edit', canEditPost, member, mine('hidden'), 'conflict'],
      ['edit', canEditPost, visitor, mine('published'), 'unauthenticated'],
      ['delete', canDeletePost, member, mine('published'), true],
      ['delete', canDeletePost, member, mine('held'), true],
      ['delete', canDeletePost, other, mine('published'), 'forbidden'],
      ['delete', canDeletePost, moderator, mine('published'), 'forbidden'],
      ['delete', canDeletePost, member, mine('removed'), 'conflict'],
      ['react', canReactToPost, other, mine('published'), true],
      ['react', canReactToPost, other, mine('removed'), 'conflict'],
      ['react', canReactToPost, visitor, mine('published'), 'unauthenticated'],
    ];
  it.each(table)('%s: %o on %o', (_name, policy, actor, post, expected) => {
    const decision = policy(actor, post);
    if (expected === true) expect(decision.ok).toBe(true);
    else expect(decision).toMatchObject({ ok: false, code: expected });
  });
});

describe('topics', () => {
  const id = '0b9f6a2e-3c1d-4e5f-8a7b-9c0d1e2f3a4b';
  it.each([
    [`group:${id}`, { kind: 'group', id }],
    [`thread:${id.toUpperCase()}`, { kind: 'thread', id }],
    ['moderation', { kind: 'moderation' }],
    [`user:${id}`, { kind: 'user', id }],
    ['me', null],
    [`moderation:${id}`, null],
    [`group:${id}:extra`, null],
    ['group:not-a-uuid', null],
    ['', null],
  ])('parses %s', (topic, expected) => {
    expect(parseTopic(topic)).toEqual(expected);
  });
});
