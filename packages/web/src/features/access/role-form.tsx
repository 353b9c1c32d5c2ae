import { Checkbox, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Permission, Role } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { roleKeys } from '../session/index.ts';
import { permissionGroups } from './permission-groups.ts';
import { createRole, updateRole } from './roles-api.ts';
import { useAccessLabels } from './use-access-labels.ts';

const fields = ['code', 'name', 'permissions'] as const;

/** A custom role: a code, a name, and the permissions ticked by context. Editing keeps the code. */
export function RoleForm({ role, onDone }: { role?: Role; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useAccessLabels();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(role?.code ?? '');
  const [name, setName] = useState(role?.name ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<Permission>>(() => new Set(role?.permissions));
  const [problems, setProblems] = useState<Partial<Record<(typeof fields)[number], string>>>({});

  const mutation = useMutation({
    mutationFn: (body: { code: string; name: string; permissions: Permission[] }) =>
      role
        ? updateRole({ roleId: role.id, body: { name: body.name, permissions: body.permissions } })
        : createRole(body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: roleKeys.all });
      onDone();
    },
  });

  const errors = { ...fieldErrors(mutation.error, { role_code_taken: 'code' }), ...problems };

  const toggle = (permission: Permission, isChosen: boolean) => {
    setChosen((current) => {
      const next = new Set(current);
      if (isChosen) next.add(permission);
      else next.delete(permission);
      return next;
    });
    setProblems(({ permissions: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof problems = {};
    if (!role && !/^[a-z][a-z0-9_]{1,39}$/.test(code.trim())) found.code = t('roles.form.codeHint');
    if (!name.trim()) found.name = t('fieldErrors.required');
    if (chosen.size === 0) found.permissions = t('roles.form.nonePicked');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const picked = permissionGroups.flatMap((group) => group.permissions.filter((each) => chosen.has(each)));
    mutation.mutate({ code: code.trim(), name: name.trim(), permissions: picked });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={fields} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('roles.form.name')}
            withAsterisk
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setProblems(({ name: _, ...rest }) => rest);
            }}
            error={errors.name}
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t('roles.form.code')}
            description={role ? t('roles.form.codeFixed') : t('roles.form.codeHint')}
            withAsterisk={!role}
            disabled={role !== undefined}
            value={code}
            onChange={(event) => {
              setCode(event.currentTarget.value);
              setProblems(({ code: _, ...rest }) => rest);
            }}
            error={errors.code}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text fw={500} size="sm">
            {t('roles.form.permissions')}
          </Text>
          {errors.permissions && (
            <Text c="red" size="xs">
              {errors.permissions}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
            {permissionGroups.map((group) => (
              <Paper key={group.context} withBorder p="sm">
                <Checkbox.Group
                  label={labels.context(group.context)}
                  value={group.permissions.filter((each) => chosen.has(each))}
                  onChange={(values) => {
                    for (const permission of group.permissions) toggle(permission, values.includes(permission));
                  }}
                >
                  <Stack gap={6} mt={6}>
                    {group.permissions.map((permission) => (
                      <Checkbox key={permission} value={permission} label={labels.permission(permission)} size="sm" />
                    ))}
                  </Stack>
                </Checkbox.Group>
              </Paper>
            ))}
          </SimpleGrid>
        </Stack>
        <FormActions
          submitLabel={role ? t('roles.form.save') : t('roles.form.submit')}
          isSubmitting={mutation.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
