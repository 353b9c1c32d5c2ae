import type { PlanProblem } from '@utilis/domain';

/** A price plan validatePricePlan refused, each problem at its path within what the caller sent. */
export interface PricePlanInvalid {
  ok: false;
  code: 'price_plan_invalid';
  detail: string;
  problems: readonly PlanProblem[];
}

/**
 * Problems under `within` (the part of the plan the caller sent, e.g. "versions[3]" for a new
 * version) are re-rooted there. Any elsewhere, in versions stored earlier, appear in the detail only.
 */
export function pricePlanInvalid(problems: readonly PlanProblem[], within = ''): PricePlanInvalid {
  const sent: PlanProblem[] = [];
  for (const problem of problems) {
    const path = pathWithin(problem.path, within);
    if (path !== undefined) sent.push({ ...problem, path });
  }
  return {
    ok: false,
    code: 'price_plan_invalid',
    detail: problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '),
    problems: sent,
  };
}

function pathWithin(path: string, within: string): string | undefined {
  if (within === '') return path;
  if (path === within) return '';
  return path.startsWith(`${within}.`) ? path.slice(within.length + 1) : undefined;
}
