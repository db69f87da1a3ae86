/** The script of every page, inlined as a classic script (see src/components/InlineScript.astro). */
import { initThemeToggle } from './theme';
import { initSearch } from './search';
import { initCopyButtons } from './copy';
import { highlightSearchTerms } from './highlight';
import { registerServiceWorker } from './registerServiceWorker';
import { initPlaceholders } from './placeholders';

initThemeToggle();
initCopyButtons();
initPlaceholders();
highlightSearchTerms();
initSearch();
registerServiceWorker();
