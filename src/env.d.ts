declare namespace App {
  interface Locals {
    /** The ids of the diagrams rendered so far on this page (src/components/Diagram.astro). */
    diagramIds?: Set<string>;
  }
}
