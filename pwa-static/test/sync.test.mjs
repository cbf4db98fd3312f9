// Unit tests of sendOrQueue() in sync.js (node --test pwa-static/test/sync.test.mjs): when a write goes to
// the API and when to the offline outbox, with the outbox core (outbox-core.js) replaced by a recorder.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { sendOrQueue } from '../sync.js';

let added; // ops the fake outbox core was given
let online;

beforeEach(() => {
  added = [];
  online = true;
  globalThis.self = globalThis;
  globalThis.ScOutbox = {
    add: async (op) => { added.push(op); },
    all: async () => [],
    ownerOf: () => 'rep-1',
    SYNC_TAG: 'sc-outbox',
  };
  globalThis.indexedDB = {};
  Object.defineProperty(globalThis, 'navigator', { configurable: true, value: { get onLine() { return online; } } });
  globalThis.document = { getElementById: () => null }; // no sync bar to draw
  globalThis.localStorage = { getItem: () => null }; // signed out: nothing to replay
});

const op = { key: 'k-1', kind: 'touch', prospectId: 'p-1', body: { channel: 'call', outcome: 'no_answer' } };
const offlineError = () => Object.assign(new Error('You are offline'), { status: 0, offline: true });

test('sendOrQueue_whenOnlineAndTheSendSucceeds_returnsTheResultAndQueuesNothing', async () => {
  const r = await sendOrQueue({ op, send: async () => ({ touch: { id: 't-1' } }) });
  assert.deepEqual(r, { sent: { touch: { id: 't-1' } } });
  assert.equal(added.length, 0);
});

test('sendOrQueue_whenTheBrowserIsOffline_queuesWithoutSending', async () => {
  online = false;
  let sends = 0;
  const r = await sendOrQueue({ op, send: async () => { sends++; } });
  assert.deepEqual(r, { queued: op });
  assert.equal(sends, 0);
  assert.deepEqual(added.map((o) => [o.key, o.owner]), [['k-1', 'rep-1']]);
});

test('sendOrQueue_whenTheSendFindsNoConnection_queuesTheSameOp', async () => {
  const r = await sendOrQueue({ op, send: async () => { throw offlineError(); } });
  assert.deepEqual(r, { queued: op });
  assert.deepEqual(added.map((o) => o.key), ['k-1']);
});

test('sendOrQueue_whenAskedToQueue_queuesEvenOnline', async () => {
  let sends = 0;
  const r = await sendOrQueue({ op, queue: true, send: async () => { sends++; } });
  assert.deepEqual(r, { queued: op });
  assert.equal(sends, 0);
});

test('sendOrQueue_whenTheServerRefuses_rejectsAndQueuesNothing', async () => {
  const conflict = Object.assign(new Error('Changed on another device'), { status: 409 });
  await assert.rejects(sendOrQueue({ op, send: async () => { throw conflict; } }), conflict);
  assert.equal(added.length, 0);
});

test('sendOrQueue_whenTheBrowserCannotKeepAnOutbox_sendsAndRejectsOffline', async () => {
  delete globalThis.ScOutbox;
  online = false;
  await assert.rejects(sendOrQueue({ op, send: async () => { throw offlineError(); } }), { offline: true });
  assert.equal(added.length, 0);
});
