import type { RatedBillResponse } from '@utilis/contracts';

type Line = RatedBillResponse['lines'][number];

/** Every English word the table prints, in one place. */
const labels = {
  billingPeriod: 'Billing period',
  explanations: 'How each line was computed',
  taxes: 'Taxes',
  included: 'included',
  added: 'added',
  base: 'on',
  total: 'Total',
};

const columns: { header: string; alignRight: boolean; cell: (line: Line) => string }[] = [
  { header: 'Component', alignRight: false, cell: (line) => line.component },
  { header: 'Period', alignRight: false, cell: (line) => `${line.period.start}..${line.period.end}` },
  { header: 'Quantity', alignRight: true, cell: (line) => `${line.quantity} ${line.unit}` },
  { header: 'Unit price', alignRight: true, cell: (line) => line.unitPrice },
  { header: 'Amount', alignRight: true, cell: (line) => line.amount },
  { header: 'Tax', alignRight: true, cell: (line) => line.tax },
];

/** A rated bill for a person at a terminal: the lines, how each was computed, the taxes and the total. */
export function ratedBillTable(
  bill: RatedBillResponse,
  { planName, billingPeriod }: { planName: string; billingPeriod: { start: string; end: string } },
): string {
  const rows = [columns.map((column) => column.header), ...bill.lines.map((line) => columns.map((c) => c.cell(line)))];
  const widths = columns.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? '').length)));
  const table = rows.map((row) =>
    row
      .map((text, index) =>
        columns[index]?.alignRight ? text.padStart(widths[index] ?? 0) : text.padEnd(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
  const explanations = bill.lines.map(
    (line, index) => `${String(index + 1).padStart(3)}. ${line.component}: ${line.explanation}`,
  );
  const taxes = bill.taxes.map(
    (tax) =>
      `  ${tax.category} ${tax.ratePercent}% ${tax.inclusive ? labels.included : labels.added}: ${tax.amount} ${labels.base} ${tax.base}`,
  );
  return [
    `${planName}, ${bill.currency}`,
    `${labels.billingPeriod} ${billingPeriod.start}..${billingPeriod.end}`,
    '',
    ...table,
    '',
    `${labels.explanations}:`,
    ...explanations,
    ...(taxes.length > 0 ? ['', `${labels.taxes}:`, ...taxes] : []),
    '',
    `${labels.total}: ${bill.total} ${bill.currency}`,
  ].join('\n');
}
