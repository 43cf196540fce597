/** Something that happened inside an aggregate, recorded by it and not yet stored. */
export interface DomainEvent<TType extends string = string, TData = object> {
  readonly type: TType;
  readonly data: TData;
}
