export type Page<T> = { items: T[]; nextCursor: string | null };

export const pageSize = 50;
