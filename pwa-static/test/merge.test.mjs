// Unit tests of the edit merge (prospect/merge.js): node --test pwa-static/test/*.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rebase, resolve, same } from '../prospect/merge.js';

const base = { name: 'Grace Hopper', title: 'Rear Admiral', company: 'Navy', notes: null, tags: ['cobol'], version: 3 };

test('a field the other device did not touch is applied again on top of its version', () => {
  const theirs = { ...base, title: 'Commodore', version: 4 };
  const r = rebase(base, { notes: 'met at the booth, wants a demo' }, theirs);
  assert.deepEqual(r, { apply: { notes: 'met at the booth, wants a demo' }, clashes: [] });
});

test('a field changed on both sides to different values is a clash, with both values', () => {
  const theirs = { ...base, title: 'Commodore', version: 4 };
  const r = rebase(base, { title: 'Admiral', notes: 'typed note' }, theirs);
  assert.deepEqual(r.apply, { notes: 'typed note' });
  assert.deepEqual(r.clashes, [{ field: 'title', mine: 'Admiral', theirs: 'Commodore' }]);
});

test('the same change on both sides needs nothing', () => {
  const theirs = { ...base, title: 'Commodore', version: 4 };
  assert.deepEqual(rebase(base, { title: 'Commodore' }, theirs), { apply: {}, clashes: [] });
});

test('null and "" are the same empty value; tags compare as lists', () => {
  assert.ok(same(null, ''));
  assert.ok(same(undefined, null));
  assert.ok(same(['a', 'b'], ['a', 'b']));
  assert.ok(!same(['a', 'b'], ['b', 'a']));
  const theirs = { ...base, notes: '', tags: ['cobol'], version: 4 };
  assert.deepEqual(rebase(base, { tags: ['cobol', 'navy'], company: null }, theirs).apply, { tags: ['cobol', 'navy'], company: null });
});

test('a field cleared on the other device and edited here is a clash', () => {
  const theirs = { ...base, company: null, version: 4 };
  assert.deepEqual(rebase(base, { company: 'US Navy' }, theirs).clashes, [{ field: 'company', mine: 'US Navy', theirs: null }]);
});

test('resolve sends the rep\'s value only where they chose it over the other device\'s', () => {
  const clashes = [{ field: 'title', mine: 'Admiral', theirs: 'Commodore' }, { field: 'company', mine: 'USN', theirs: 'Navy Dept' }];
  assert.deepEqual(resolve({ notes: 'n' }, clashes, { title: 'mine', company: 'theirs' }), { notes: 'n', title: 'Admiral' });
  assert.deepEqual(resolve({}, clashes, {}), {});
});
