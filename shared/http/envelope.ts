/** Success envelopes: `{ success: true, data, message? }`. Errors go through onError. */
export function envelope<T>(data: T, message?: string) {
  return message === undefined
    ? { success: true as const, data }
    : { success: true as const, data, message };
}

/** A page of a list, with its counts. */
export function paged<T>(items: T[], total: number, page: number, pageSize: number) {
  return { items, total, page, page_size: pageSize, pages: Math.ceil(total / pageSize) };
}
