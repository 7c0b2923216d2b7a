/**
 * How the overview's cards settle into attention order while discovery streams, without moving a card under the
 * reader: a card keeps its place once shown; cards that become ready together (one render) join after the placed
 * ones, in attention order among themselves. Once everything has arrived the whole list takes the attention order,
 * but only if the reader has not yet scrolled, clicked or typed; otherwise a "Sort by attention" button offers it.
 */

/** The placed keys after a render: the old ones in place, then the newly ready ones in the given (attention) order. */
export function placeCards(placed: readonly string[], readyInAttentionOrder: readonly string[]): string[] {
  const known = new Set(placed);
  const added = readyInAttentionOrder.filter((key) => !known.has(key));
  return added.length === 0 ? (placed as string[]) : [...placed, ...added];
}

/** Whether the placed order differs from the attention order (the sort button's condition). */
export function outOfOrder(placed: readonly string[], attention: readonly string[]): boolean {
  return placed.length !== attention.length || placed.some((key, index) => attention[index] !== key);
}
