/**
 * Memoises an asynchronous lookup by key, keeping only what is worth keeping: a pending or
 * fulfilled promise is shared by every later call, a rejected one is forgotten, and so is a value
 * `keep` refuses. A dropped connection then costs one search, not every search until a reload:
 * the next call asks again. (pagefind itself swallows a failed index chunk and answers with no
 * results, so "nothing found" is one of the answers not to keep.)
 */
export function keepOnSuccess<K, V>(
  make: (key: K) => Promise<V>,
  keep: (value: V) => boolean = () => true,
): (key: K) => Promise<V> {
  const kept = new Map<K, Promise<V>>();
  return (key) => {
    let made = kept.get(key);
    if (!made) {
      kept.set(key, (made = make(key)));
      const forget = () => kept.get(key) === made && kept.delete(key);
      made.then((value) => keep(value) || forget(), forget);
    }
    return made;
  };
}
