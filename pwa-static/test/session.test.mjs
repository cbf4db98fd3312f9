// Unit tests of session.js (node --test pwa-static/test/session.test.mjs): the storage key scheme, the
// migration of an earlier version's keys, sign-out and the offline prospect copies, on in-memory storage.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  migrateStorage, getToken, getRefreshToken, takePendingSignIn, endSession, saveProspectCopy, cachedProspect,
} from '../session.js';

/** The Web Storage interface (getItem, setItem, removeItem, key, length) over a Map. */
class MemoryStorage {
  #items = new Map();
  get length() { return this.#items.size; }
  key(i) { return [...this.#items.keys()][i] ?? null; }
  getItem(k) { return this.#items.has(k) ? this.#items.get(k) : null; }
  setItem(k, v) { this.#items.set(k, String(v)); }
  removeItem(k) { this.#items.delete(k); }
  entries() { return Object.fromEntries(this.#items); }
}

beforeEach(() => {
  globalThis.localStorage = new MemoryStorage();
  globalThis.sessionStorage = new MemoryStorage();
});

test('migrateStorage_whenAnEarlierVersionWroteTheKeys_renamesEachToTheScheme', () => {
  const copy = JSON.stringify({ savedAt: '2025-01-02T03:04:05Z', p: { id: 'p-42', name: 'Ada' }, touches: [] });
  localStorage.setItem('sc.token', 'id-token');
  localStorage.setItem('sc-refresh', 'refresh-token');
  localStorage.setItem('sc.agenda', '{"data":{}}');
  localStorage.setItem('sc.tiers', '[]');
  localStorage.setItem('sc.p.p-42', copy);
  localStorage.setItem('sc.p-ids', '["p-42"]');
  localStorage.setItem('theme', 'dark'); // not the app's
  sessionStorage.setItem('sc-pkce', '{"verifier":"v","state":"s"}');

  migrateStorage();

  assert.deepEqual(localStorage.entries(), {
    'sc.token': 'id-token',
    'sc.refresh': 'refresh-token',
    'sc.agenda': '{"data":{}}',
    'sc.tiers': '[]',
    'sc.prospect.p-42': copy,
    'sc.prospects': '["p-42"]',
    theme: 'dark',
  });
  assert.deepEqual(sessionStorage.entries(), { 'sc.pkce': '{"verifier":"v","state":"s"}' });
});

test('migrateStorage_whenARepWasSignedInThroughCognito_keepsThemSignedIn', () => {
  localStorage.setItem('sc.token', 'id-token');
  localStorage.setItem('sc-refresh', 'refresh-token');
  sessionStorage.setItem('sc-pkce', '{"verifier":"v","state":"s"}');

  migrateStorage();

  assert.equal(getToken(), 'id-token');
  assert.equal(getRefreshToken(), 'refresh-token');
  assert.deepEqual(takePendingSignIn(), { verifier: 'v', state: 's' });
});

test('migrateStorage_whenBothNamesExist_keepsTodaysValueAndDropsTheOld', () => {
  localStorage.setItem('sc-refresh', 'old');
  localStorage.setItem('sc.refresh', 'new');

  migrateStorage();
  migrateStorage(); // a second start changes nothing

  assert.deepEqual(localStorage.entries(), { 'sc.refresh': 'new' });
});

test('endSession_removesEveryKeyOfTheSchemeAndNothingElse', () => {
  for (const k of ['sc.token', 'sc.refresh', 'sc.agenda', 'sc.tiers', 'sc.prospect.1', 'sc.prospects']) localStorage.setItem(k, 'x');
  localStorage.setItem('theme', 'dark');

  endSession();

  assert.deepEqual(localStorage.entries(), { theme: 'dark' });
});

test('saveProspectCopy_keepsTheLast25Pages_newestFirst', () => {
  for (let i = 1; i <= 26; i++) saveProspectCopy({ id: `p${i}`, name: `P ${i}` }, []);

  assert.equal(cachedProspect('p1'), null, 'the oldest page is dropped');
  assert.equal(localStorage.getItem('sc.prospect.p1'), null);
  assert.equal(cachedProspect('p26').p.name, 'P 26');
  const ids = JSON.parse(localStorage.getItem('sc.prospects'));
  assert.equal(ids.length, 25);
  assert.deepEqual([ids[0], ids.at(-1)], ['p26', 'p2']);
});

test('cachedProspect_whenOnlyTheAgendaHasIt_isAPartialCopyFromTheAgenda', () => {
  localStorage.setItem('sc.agenda', JSON.stringify({ savedAt: 'then', data: { overdue: [{ id: 'a', name: 'Ada' }], due: [] } }));

  assert.deepEqual(cachedProspect('a'), { savedAt: 'then', p: { id: 'a', name: 'Ada', status: 'open' }, touches: [], partial: true });
  assert.equal(cachedProspect('b'), null);
});
