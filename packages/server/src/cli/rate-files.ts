import { readFile } from 'node:fs/promises';
import { pricePlanSchema, ratingInputSchema } from '@utilis/contracts';
import type { z } from 'zod';
import { ratedBillResponse, rateUsage } from '../tariffs/index.ts';
import { ratedBillTable } from './rated-bill-table.ts';

/** What `utilis rate` prints, and on which stream: the bill, or every problem found in the two files. */
export type RateOutcome = { exitCode: 0; stdout: string } | { exitCode: 1; stderr: string };

/** versions[0].components[2].tiers[1].upTo, the way the domain names paths in a plan. */
const pathText = (path: readonly PropertyKey[]) =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');

const issueLines = (file: 'plan' | 'usage', issues: readonly z.core.$ZodIssue[]) =>
  issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${file}: ${pathText([...issue.path, key])}: Unknown field`)
      : [`${file}: ${pathText(issue.path) || '(file)'}: ${issue.message}`],
  );

async function readJson(file: 'plan' | 'usage', path: string): Promise<{ json: unknown } | { problem: string }> {
  try {
    return { json: JSON.parse(await readFile(path, 'utf8')) };
  } catch (error) {
    return { problem: `${file}: ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Rates a usage file on a plan file, as the API would, with no database. */
export async function rateFiles({
  planFile,
  usageFile,
  json,
}: {
  planFile: string;
  usageFile: string;
  json: boolean;
}): Promise<RateOutcome> {
  const [planJson, usageJson] = await Promise.all([readJson('plan', planFile), readJson('usage', usageFile)]);
  const problems: string[] = [];
  if ('problem' in planJson) problems.push(planJson.problem);
  if ('problem' in usageJson) problems.push(usageJson.problem);
  const plan = 'json' in planJson ? pricePlanSchema.safeParse(planJson.json) : undefined;
  const usage = 'json' in usageJson ? ratingInputSchema.safeParse(usageJson.json) : undefined;
  if (plan && !plan.success) problems.push(...issueLines('plan', plan.error.issues));
  if (usage && !usage.success) problems.push(...issueLines('usage', usage.error.issues));
  if (!plan?.success || !usage?.success) return { exitCode: 1, stderr: problems.join('\n') };

  const rated = rateUsage(plan.data, usage.data, 'half-up');
  if (!rated.ok) {
    if ('problems' in rated) {
      return {
        exitCode: 1,
        stderr: rated.problems.map((problem) => `plan: ${problem.path}: ${problem.message}`).join('\n'),
      };
    }
    return { exitCode: 1, stderr: `Cannot rate (${rated.code}): ${rated.detail ?? ''}`.trim() };
  }
  const bill = ratedBillResponse(rated.value);
  return {
    exitCode: 0,
    stdout: json
      ? JSON.stringify(bill, null, 2)
      : ratedBillTable(bill, { planName: plan.data.name.en, billingPeriod: usage.data.billingPeriod }),
  };
}
