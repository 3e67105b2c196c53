/**
 * The wording of the two mistakes every content schema shares, in one
 * place. Every object an editor writes is a `z.strictObject`, so a key the
 * schema does not know fails instead of being dropped in silence; and each
 * collection's schema is an `entrySchema`, whose check words:
 *
 * - a key it does not know: "unknown field `qualifer` — did you mean `qualifier`?"
 *   (or the fields it does know, when none is close);
 * - a required key that is absent: "missing field `revenueRunRate`", instead
 *   of what the field's own schema says of a value it never got (a figure
 *   would talk about its `status`, a list of its items).
 *
 * Why a check on the whole schema, and not `z.config({ customError })`: Astro
 * parses each entry with its own error map, which outranks zod's global one
 * (zod's order: the schema's own `error`, then the parse's, then the global
 * config), so the global map never words these issues in a build. A check
 * with `when` runs even after other issues, sees every issue of the entry
 * with its full path before any message is chosen, and an issue that comes
 * with its message keeps it.
 *
 * One limit: zod stops at once, before any check, for a list longer than its
 * `.max()` or `.length()` allows, and then no message here is applied; keep
 * such limits to refinements in content schemas.
 */
import { z } from 'astro/zod';
import { likelyMeant } from '../lib/site/nearest';

type RawIssue = z.core.$ZodRawIssue;

/** The keys `schema` knows, when it is an object schema. */
function knownKeys(schema: RawIssue['inst']): string[] {
  return schema instanceof z.core.$ZodObject ? Object.keys(schema._zod.def.shape) : [];
}

/** The known field `key` is most likely a slip for: not one the object already has. */
function meantField(key: string, known: readonly string[], present: readonly string[]): string | undefined {
  return likelyMeant(
    key,
    known.filter((name) => !present.includes(name)),
  );
}

/** "unknown field `qualifer` — did you mean `qualifier`?", or the fields there are when none is close. */
export function unknownField(key: string, known: readonly string[], present: readonly string[] = []): string {
  const meant = meantField(key, known, present);
  if (meant !== undefined) return `unknown field \`${key}\` — did you mean \`${meant}\`?`;
  return `unknown field \`${key}\` — the fields here are ${known.map((name) => `\`${name}\``).join(', ')}`;
}

/** "missing field `confidence` (one of high, …)": the allowed values when the field is a choice. */
export function missingField(key: string, values: readonly unknown[] = []): string {
  const choices = values.filter((value) => typeof value === 'string');
  return choices.length > 0 ? `missing field \`${key}\` (one of ${choices.join(', ')})` : `missing field \`${key}\``;
}

/** A path as a key for a Set. */
const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String));

/**
 * The issues as an editor should read them. A misspelt key is one mistake,
 * not two: its "unknown field … did you mean `title`?" stands alone, without
 * a "missing field `title`" beside it.
 */
function reword(issues: readonly RawIssue[]): RawIssue[] {
  const meant = new Set<string>();
  const missing = new Set<RawIssue>();
  const reworded = issues.flatMap((issue): RawIssue[] => {
    const path = issue.path ?? [];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(issue.inst);
      const present = typeof issue.input === 'object' && issue.input !== null ? Object.keys(issue.input) : [];
      // One issue per key, each at the key's own path, so the build prints a line for each.
      return issue.keys.map((key) => {
        const field = meantField(key, known, present);
        if (field !== undefined) meant.add(pathKey([...path, field]));
        return { ...issue, keys: [key], path: [...path, key], message: unknownField(key, known, present) };
      });
    }
    const key = path.at(-1);
    // YAML never gives `undefined`: an issue about one is about a key that is not there.
    if (issue.input === undefined && typeof key === 'string') {
      const named = { ...issue, message: missingField(key, issue.code === 'invalid_value' ? issue.values : []) };
      missing.add(named);
      return [named];
    }
    return [issue];
  });
  return reworded.filter((issue) => !(missing.has(issue) && meant.has(pathKey(issue.path ?? []))));
}

/** The check that words unknown and missing fields as above, anywhere in the schema it is attached to. */
export const editorMessages = z.superRefine(
  (_value: unknown, context) => {
    context.issues.splice(0, context.issues.length, ...reword(context.issues));
  },
  // Run even when other issues came first: they are the ones to reword.
  { when: () => true },
);

/**
 * The schema of one content file (a collection's entry): a strict object
 * with the messages above. Objects inside it are plain `z.strictObject`s,
 * which zod can still `.extend()` and `.omit()`.
 */
export const entrySchema = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape).check(editorMessages);
