import { isNotDefined, type NotDefined } from '../not-defined';

/** Test helper: the value of a statistic expected to be defined; fails the test with the reason otherwise. */
export function defined<T>(value: T | NotDefined): T {
  if (isNotDefined(value))
    throw new Error(`expected a defined statistic, got "not defined": ${value.reason}`);
  return value;
}
