// The plans' API calls (#/plans, the enrol sheet, the prospect page's plan card). Loaded on first use.
import { request, getTemplates } from '../client.js';

const enc = encodeURIComponent;

export const listPlans = () => request('GET', '/api/plans').then((d) => (Array.isArray(d?.items) ? d.items : []));
export const getPlan = (id) => request('GET', `/api/plans/${enc(id)}`);
export const createPlan = (body) => request('POST', '/api/plans', { body });
export const replacePlan = (id, version, body) => request('PUT', `/api/plans/${enc(id)}`, { body, headers: { 'If-Match': `"${version}"` } });
export const retirePlan = (id) => request('DELETE', `/api/plans/${enc(id)}`);
export const enrolIn = (id, body) => request('POST', `/api/plans/${enc(id)}/enrolments`, { body });
export const leavePlan = (id, prospectId) => request('DELETE', `/api/plans/${enc(id)}/enrolments/${enc(prospectId)}`);
export const planStats = (id) => request('GET', `/api/plans/${enc(id)}/stats`);
export const templates = () => getTemplates().then((d) => (Array.isArray(d?.items) ? d.items : []));

/** "Step 2 of 3 · mail", as Today and the prospect page show a step. */
export const stepLabel = (s) => `Step ${s.index} of ${s.of} · ${s.channel}`;

/** "3 steps over 14 days". */
export function planSummary(plan) {
  const n = plan.steps?.length ?? 0;
  const days = n ? plan.steps[n - 1].offsetDays : 0;
  return `${n} ${n === 1 ? 'step' : 'steps'}${days ? ` over ${days} ${days === 1 ? 'day' : 'days'}` : ''}`;
}
