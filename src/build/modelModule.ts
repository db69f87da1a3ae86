import type { Plugin } from 'vite';
import type { NoteModel } from '../lib/model/types';

/** The module pages import the notes' model from (typed in src/data/model.d.ts). */
export const MODEL_MODULE = 'virtual:notes/model';
const RESOLVED = `\0${MODEL_MODULE}`;

/**
 * Serves the content model, built once by the notes integration before anything is rendered, to
 * the pages and endpoints of the build as a module (`import notes from 'virtual:notes/model'`).
 * In `astro dev`, `watch` rebuilds the model when a file of the content folder changes; the
 * module is then reloaded.
 *
 * @param current the published notes' model as it is now
 * @param watch in dev: the content folder (absolute) and what to do when a file in it changes
 */
export function modelModule(current: () => NoteModel[], watch?: { dir: string; onChange: () => void }): Plugin {
  return {
    name: 'notes:model',
    resolveId: (id) => (id === MODEL_MODULE ? RESOLVED : undefined),
    // JSON.parse of a string literal is faster to load than the same object literal.
    load: (id) =>
      id === RESOLVED ? `export default JSON.parse(${JSON.stringify(JSON.stringify(current()))});` : undefined,
    configureServer(server) {
      if (!watch) return;
      server.watcher.add(watch.dir);
      server.watcher.on('all', async (_event, file) => {
        if (!file.startsWith(watch.dir)) return;
        await watch.onChange();
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      });
    },
  };
}
