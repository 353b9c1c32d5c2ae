// Every worked example in docs/tariffs/ is rated here exactly as the CLI and the API would rate
// it, and docs/tariffs.md must show the same totals: the documentation cannot drift from the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { pricePlanSchema, ratingInputSchema } from '@utilis/contracts';
import { explainLine, rate, validatePricePlan } from '@utilis/domain';
import { describe, expect, it } from 'vitest';
import { ratedBillResponse } from './rated-bill-response.ts';
import { ratingInputFromRequest } from './rating-input-from-request.ts';

const docs = new URL('../../../../docs/', import.meta.url);
const examples = new URL('tariffs/', docs);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, examples), 'utf8'));
const files = readdirSync(examples).sort();
const planFiles = files.filter((file) => file.endsWith('.plan.json'));
const usageFiles = files.filter((file) => file.endsWith('.usage.json'));
const guide = readFileSync(new URL('tariffs.md', docs), 'utf8');

interface Expected {
  total: string;
  lines: [string, string][];
  taxes: [string, string][];
}

// beijing-residential.year-to-date.usage.json is rated on beijing-residential.plan.json and
// compared with beijing-residential.year-to-date.expected.json.
const planFileOf = (usageFile: string) => `${usageFile.slice(0, usageFile.indexOf('.'))}.plan.json`;
const expectedFileOf = (usageFile: string) => usageFile.replace(/\.usage\.json$/, '.expected.json');

function rateExample(usageFile: string) {
  const plan = pricePlanSchema.parse(readJson(planFileOf(usageFile)));
  expect(validatePricePlan(plan)).toEqual([]);
  const input = ratingInputFromRequest(plan, ratingInputSchema.parse(readJson(usageFile)), 'half-up');
  if (!input.ok) throw new Error(`${usageFile}: ${input.code} ${input.detail ?? ''}`);
  const bill = rate(input.value);
  if (!bill.ok) throw new Error(`${usageFile}: ${bill.code} ${bill.detail ?? ''}`);
  return { response: ratedBillResponse(bill.value), explanations: bill.value.lines.map(explainLine) };
}

describe('documented price plans', () => {
  it('has worked examples to rate', () => {
    expect(planFiles.length).toBeGreaterThanOrEqual(5);
    expect(usageFiles.length).toBeGreaterThanOrEqual(planFiles.length);
  });

  for (const usageFile of usageFiles) {
    it(usageFile, () => {
      const expected = readJson(expectedFileOf(usageFile)) as Expected;
      const { response, explanations } = rateExample(usageFile);
      expect(
        {
          total: response.total,
          lines: response.lines.map((line) => [line.component, line.amount]),
          taxes: response.taxes.map((tax) => [tax.category, tax.amount]),
        },
        explanations.join('\n'),
      ).toEqual(expected);
    });
  }
});

describe('docs/tariffs.md', () => {
  it('links every plan file', () => {
    expect(planFiles.filter((planFile) => !guide.includes(`(tariffs/${planFile})`))).toEqual([]);
  });

  // A worked example is a "#### …" heading naming its usage file, then a table whose
  // "| **Total** |" row ends with the bill's total in bold, e.g. **1,820.00**.
  it('works every example by hand, with the total of its expected file', () => {
    const workedTotals = new Map<string, string>();
    for (const section of guide.split(/^(?=#{1,4} )/m)) {
      const usageFile = /^#### .*`([a-z0-9.-]+\.usage\.json)`/.exec(section)?.[1];
      if (!usageFile) continue;
      const total = /^\|\s*\*\*Total\*\*\s*\|.*\*\*(-?[\d,]+\.\d{2})\*\*\s*\|\s*$/m.exec(section)?.[1];
      expect(workedTotals.has(usageFile), `${usageFile} is worked twice`).toBe(false);
      workedTotals.set(usageFile, total?.replaceAll(',', '') ?? 'no total row');
    }
    const expectedTotals = new Map(
      usageFiles.map((usageFile) => [usageFile, (readJson(expectedFileOf(usageFile)) as Expected).total]),
    );
    expect(Object.fromEntries(workedTotals)).toEqual(Object.fromEntries(expectedTotals));
  });
});
