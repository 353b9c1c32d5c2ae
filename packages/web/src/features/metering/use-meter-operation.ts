import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meterKeys } from './meters-api.ts';

/** A write on a meter that, once done, refreshes every meter list, page and readings of the tenant. */
export function useMeterOperation<Body, Answer>({
  tenantId,
  run,
  onDone,
}: {
  tenantId: string;
  run: (body: Body) => Promise<Answer>;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meterKeys.ofTenant(tenantId) });
      onDone();
    },
  });
}
