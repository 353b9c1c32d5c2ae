export type { PlanProblem, PlanProblemCode } from './compile-price-plan.ts';
export { validatePricePlan } from './compile-price-plan.ts';
export { describeDays, explainLine } from './explain-line.ts';
export type * from './price-plan.ts';
export { rate } from './rate.ts';
export type * from './rating.ts';
