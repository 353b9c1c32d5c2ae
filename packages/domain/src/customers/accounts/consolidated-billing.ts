/**
 * Whether billing `accountId` under `parentId` would close a loop: the parent is the account
 * itself, or walking up from the parent through its own parents reaches the account.
 * `parentOf` answers an account's current parent (null or undefined for none). A loop already
 * present above the parent ends the walk rather than spinning forever.
 */
export function wouldCloseBillingLoop(
  accountId: string,
  parentId: string,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = parentId; current; current = parentOf(current)) {
    if (current === accountId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
