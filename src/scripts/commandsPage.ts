/** The Commands page's own script: the filter (see src/pages/commands.astro). */
import { initCommandFilter } from './commandFilter';

initCommandFilter();
