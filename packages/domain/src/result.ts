/** An expected outcome: the value, or a stable code saying why there is none. */
export type Result<T, Code extends string> = { ok: true; value: T } | { ok: false; code: Code; detail?: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <Code extends string>(code: Code, detail?: string): { ok: false; code: Code; detail?: string } =>
  detail === undefined ? { ok: false, code } : { ok: false, code, detail };
