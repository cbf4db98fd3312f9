// Saving an edit that another device overtook (409): keep what the rep typed. Pure, so `node --test` checks it.

const norm = (v) => (Array.isArray(v) ? v.map(String).join('\u0000') : v == null ? '' : String(v));
/** Same value for the API: null and "" are both empty; tag lists compare in order. */
export const same = (a, b) => norm(a) === norm(b);

/**
 * base: the prospect as the rep saw it when editing; mine: the fields they changed (field → value);
 * theirs: the prospect as the server has it now. A field the other device left alone is applied
 * again on top of theirs; one it changed to the same value needs nothing; one it changed to
 * something else is a clash, for the rep to choose.
 * @returns {{apply: Object, clashes: Array<{field: string, mine: *, theirs: *}>}}
 */
export function rebase(base, mine, theirs) {
  const apply = {};
  const clashes = [];
  for (const [field, value] of Object.entries(mine)) {
    if (same(theirs?.[field], value)) continue;
    if (same(theirs?.[field], base?.[field])) apply[field] = value;
    else clashes.push({ field, mine: value, theirs: theirs?.[field] ?? null });
  }
  return { apply, clashes };
}

/** What to send after the rep chose: `apply` plus each clash they settled as "mine" (`choices[field]`). */
export function resolve(apply, clashes, choices) {
  const out = { ...apply };
  for (const c of clashes) if (choices[c.field] === 'mine') out[c.field] = c.mine;
  return out;
}
