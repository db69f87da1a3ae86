import type { BuiltPage } from './builtPage';
import { scriptHash } from './contentSecurityPolicy';
import { resolveLink } from './model/checkLinks';
import type { FileProblem } from './model/types';

export interface BuiltSiteContext {
  /** Every file of the build, by site path. */
  files: ReadonlySet<string>;
  /** The hashes the pages' policy allows (the site's own inline scripts). */
  scriptHashes: ReadonlySet<string>;
  /** The note's file and line that wrote a link found in a note's prose, when the model knows it. */
  sourceOf: (page: string, href: string) => { file: string; line: number; copy?: string } | undefined;
}

/**
 * Checks the built site as a reader's browser will meet it, after the sources were checked: every
 * link of every page (the header, footer and sidebar included) reaches a file and, for a
 * `#section`, an element with that id; ids are unique on a page; every inline script is one of
 * the site's own, so the policy lets it run; no element carries an inline event handler.
 *
 * @param pages every page of the build, by site path, read once (src/lib/builtPage.ts)
 */
export function checkBuiltSite(pages: ReadonlyMap<string, BuiltPage>, context: BuiltSiteContext): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const [path, page] of pages) {
    const at = (message: string, href?: string) => {
      const source = href === undefined ? undefined : context.sourceOf(path, href);
      problems.push(
        source
          ? { file: source.file, line: source.line, message: source.copy ? `${message} (in ${source.copy})` : message }
          : { file: path, line: 0, message: `${message} (made by the site's pages or components, not by a note)` },
      );
    };
    // A page with a <base> (the 404 page, served at any URL) resolves its links from the root.
    const from = page.base !== undefined ? 'index.html' : path;
    for (const { href, inProse } of page.links) {
      const target = resolveLink(href, from);
      if (!target) continue;
      const broken = (reason: string) => at(`The link "${href}" is broken: ${reason}.`, inProse ? href : undefined);
      if ('error' in target) broken(target.error);
      else if (!context.files.has(target.path)) broken(`${target.path} does not exist`);
      else if (target.fragment && pages.has(target.path) && !pages.get(target.path)!.ids.has(target.fragment)) {
        broken(`${target.path} has no element with the id "${target.fragment}"`);
      }
    }
    for (const id of new Set(page.duplicateIds)) {
      at(`The id "${id}" is used more than once on the page: a link to #${id} cannot know which one it means`);
    }
    for (const code of page.inlineScripts) {
      if (!context.scriptHashes.has(scriptHash(code))) {
        at(
          `An inline script that is not one of the site's own (src/build/siteScripts.ts) is on the page: ` +
            `the Content-Security-Policy blocks it. It starts "${code.trim().slice(0, 60)}"`,
        );
      }
    }
    for (const src of page.scriptSources) {
      const target = resolveLink(src, from);
      if (target === undefined)
        at(`The script "${src}" comes from another site: the site loads nothing from elsewhere`);
      else if ('error' in target || !context.files.has(target.path)) at(`The script "${src}" does not exist`);
    }
    for (const href of page.stylesheets) {
      const target = resolveLink(href, from);
      if (target === undefined)
        at(`The stylesheet "${href}" comes from another site: the site loads nothing from elsewhere`);
      else if ('error' in target || !context.files.has(target.path)) at(`The stylesheet "${href}" does not exist`);
    }
    for (const h of page.handlers) {
      at(`<${h.tag} ${h.attribute}=…> is an inline event handler: the Content-Security-Policy blocks it`);
    }
  }
  return problems;
}
