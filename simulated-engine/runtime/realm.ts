/** What a runtime needs from the trigger's realm: its constructors and the prelude helpers. */
export interface VmPrelude {
  scope(name: string, message: string, eventScoped: boolean): void;
  setEvent(name: string, provided: Record<string, unknown>): void;
  forget(names: string[]): void;
  readOnly(className: string, json: string, unavailableJson?: string): object;
  Object: ObjectConstructor;
  Function: FunctionConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
  TypeError: TypeErrorConstructor;
  ReferenceError: ReferenceErrorConstructor;
  RangeError: RangeErrorConstructor;
  now: () => number;
}
