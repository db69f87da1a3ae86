import { createComponent, render, renderComponent } from 'astro/compiler-runtime';

type AstroComponent = Parameters<typeof renderComponent>[2];

/**
 * The component `Component` with some of its props already given: MDX passes a mapped component
 * (`components={{ h2: … }}`) only the props of the element it replaces, and the print view must
 * also tell it which note it is in. Built with the runtime API that compiled .astro files call
 * (`astro/compiler-runtime`), the slots passed through as they are.
 */
export function bindProps(Component: AstroComponent, bound: Record<string, unknown>): AstroComponent {
  return createComponent(
    (result, props, slots) =>
      render`${renderComponent(result, 'BoundComponent', Component, { ...props, ...bound }, slots)}`,
  );
}
