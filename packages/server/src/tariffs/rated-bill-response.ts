import type { RatedBillResponse } from '@utilis/contracts';
import { exact, explainLine, formatMoney, type RatedBill, toDateRange } from '@utilis/domain';

/** A rated bill as JSON: money as decimal text in the currency's places, each line with its explanation. */
export function ratedBillResponse(bill: RatedBill): RatedBillResponse {
  return {
    currency: bill.currency,
    lines: bill.lines.map((line) => {
      const period = toDateRange(line.days);
      return {
        component: line.component,
        componentKind: line.componentKind,
        name: line.name,
        provider: line.provider,
        revenueCode: line.revenueCode,
        taxCategory: line.taxCategory,
        period: { start: period.start.toString(), end: period.end.toString() },
        quantity: exact.toText(line.quantity),
        unit: line.unit,
        unitPrice: exact.toText(line.unitPrice),
        unroundedAmount: exact.toText(line.unroundedAmount),
        amount: formatMoney(line.amount),
        tax: formatMoney(line.tax),
        explanation: explainLine(line),
      };
    }),
    taxes: bill.taxes.map((tax) => ({
      category: tax.category,
      ratePercent: exact.toText(tax.ratePercent),
      inclusive: tax.inclusive,
      base: formatMoney(tax.base),
      amount: formatMoney(tax.amount),
    })),
    total: formatMoney(bill.total),
  };
}
