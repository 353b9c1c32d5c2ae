import { Badge } from '@mantine/core';
import type { Grant } from '@utilis/contracts';
import { useAccessLabels } from './use-access-labels.ts';

const scopeColor: Record<Grant['scope']['scope'], string> = {
  deployment: 'red',
  group: 'grape',
  tenant: 'blue',
  branch: 'teal',
};

/** A role held at a scope, in a word or two: "Cashier · Riverside Water, branch centre". */
export function GrantBadge({ grant }: { grant: Grant }) {
  const labels = useAccessLabels();
  return (
    <Badge variant="light" color={scopeColor[grant.scope.scope]} tt="none" fw={500} maw="100%">
      {labels.role({ code: grant.roleCode })} · {labels.scope(grant.scope)}
    </Badge>
  );
}
