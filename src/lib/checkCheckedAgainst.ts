import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { frontmatterDocument } from './frontmatterDocument';
import { isoDate } from './formatDate';
import { isPastEndOfLife, supportedVersions } from './releaseStatus';
import type { Versions } from './versionsSchema';

export interface CheckedAgainstProblem {
  /** 1-based line in the note file. */
  line: number;
  message: string;
}

/**
 * Checks a note's `checkedAgainst` entries against src/data/versions.yaml: an unknown tool or version,
 * or a check dated before the release or after `today`, is an error; a release past its end of life
 * on `today` is a warning (the note still builds, and its page tells the reader). Entries the schema
 * rejects anyway (no tool, a version that is not a string) are left to the schema's messages.
 */
export function checkCheckedAgainst(
  source: string,
  versions: Versions,
  today: Date,
): { errors: CheckedAgainstProblem[]; warnings: CheckedAgainstProblem[] } {
  const errors: CheckedAgainstProblem[] = [];
  const warnings: CheckedAgainstProblem[] = [];
  const fm = frontmatterDocument(source);
  const list = fm && !fm.doc.errors.length ? fm.doc.get('checkedAgainst', true) : undefined;
  if (!fm || !isSeq(list)) return { errors, warnings };
  const lineOf = (node: unknown) =>
    fm.offset + fm.counter.linePos((node as Node | undefined)?.range?.[0] ?? list.range?.[0] ?? 0).line;
  const known = (o: object) => Object.keys(o).join(', ');

  for (const item of list.items) {
    if (!isMap(item)) continue;
    const node = (key: string) => item.get(key, true) as Node | undefined;
    const value = (key: string) => (isScalar(node(key)) ? (node(key) as { value: unknown }).value : undefined);
    const [tool, version, checkedRaw] = [value('tool'), value('version'), value('checked')];
    if (typeof tool !== 'string' || typeof version !== 'string') continue;
    const entry = versions[tool];
    if (!entry) {
      errors.push({
        line: lineOf(node('tool')),
        message: `\`checkedAgainst\`: unknown tool "${tool}". Known tools: ${known(versions)}; add a new one to src/data/versions.yaml.`,
      });
      continue;
    }
    const release = entry.releases.find((r) => r.version === version);
    if (!release) {
      errors.push({
        line: lineOf(node('version')),
        message:
          `\`checkedAgainst\`: ${entry.name} has no release "${version}" in src/data/versions.yaml. ` +
          `Known: ${entry.releases.map((r) => r.version).join(', ')}. Correct the version, or add the release to the file.`,
      });
      continue;
    }
    const checked = checkedRaw instanceof Date ? checkedRaw : new Date(String(checkedRaw));
    if (!Number.isNaN(checked.getTime())) {
      if (checked > today) {
        errors.push({
          line: lineOf(node('checked')),
          message: `\`checkedAgainst\`: the check of ${entry.name} ${version} is dated ${isoDate(checked)}, after today (${isoDate(today)}).`,
        });
      } else if (checked < release.released) {
        errors.push({
          line: lineOf(node('checked')),
          message: `\`checkedAgainst\`: ${entry.name} ${version} was released on ${isoDate(release.released)}, after the check dated ${isoDate(checked)}.`,
        });
      }
    }
    if (isPastEndOfLife(release, today)) {
      const supported = supportedVersions(entry, today);
      warnings.push({
        line: lineOf(node('version')),
        message:
          `checked against ${entry.name} ${version}, which reached end of life on ${isoDate(release.endOfLife!)}. ` +
          (supported.length
            ? `Check the note against a supported release (${supported.join(', ')}) and update \`checkedAgainst\`.`
            : `No supported release of ${entry.name} is listed in src/data/versions.yaml: add the current one.`),
      });
    }
  }
  return { errors, warnings };
}
