import { describe, expect, it } from 'vitest';
import { parseClientMessage } from './messages.ts';

describe('client messages', () => {
  it.each([
    ['{"type":"subscribe","topic":"group:x"}', { type: 'subscribe', topic: 'group:x' }],
    ['{"type":"ping"}', { type: 'ping' }],
    ['not json', { invalid: 'bad_message' }],
    ['[]', { invalid: 'bad_message' }],
    ['{"type":"subscribe"}', { invalid: 'bad_message' }],
    ['{"type":"subscribe","topic":5}', { invalid: 'bad_message' }],
    ['{"type":"launch"}', { invalid: 'unknown_type' }],
    ['{"kind":"ping"}', { invalid: 'bad_message' }],
  ])('%s', (raw, expected) => {
    expect(parseClientMessage(raw)).toEqual(expected);
  });
});
