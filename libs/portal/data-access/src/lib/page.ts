/** A server page as every list endpoint answers it (`{items,total,page,pageSize}`). */
export interface ServerPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const emptyPage = <T>(pageSize = 20): ServerPage<T> => ({ items: [], total: 0, page: 1, pageSize });
