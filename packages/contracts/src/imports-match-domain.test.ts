import { type CustomerRowErrorCode, customerRowErrorCodes } from '@utilis/domain';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ImportRowErrorCode, importRowErrorCodes } from './imports.ts';

// The domain decides why a row is rejected; the contract names the same reasons.
describe('import row error codes', () => {
  it('are the codes the domain returns', () => {
    expectTypeOf<ImportRowErrorCode>().toEqualTypeOf<CustomerRowErrorCode>();
    expect(importRowErrorCodes).toEqual(customerRowErrorCodes);
  });
});
