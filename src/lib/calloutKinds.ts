/**
 * The kinds of callout (src/components/Callout.astro), with the label and icon each shows: the
 * component renders them, and the build checks every `<Callout type="…">` of the notes against
 * them (src/lib/model/checkNote.ts), so that one list says which types exist.
 */
export const CALLOUT_KINDS = {
  note: { label: 'Note', icon: 'i' },
  tip: { label: 'Tip', icon: '✓' },
  caution: { label: 'Caution', icon: '!' },
  deprecated: { label: 'Deprecated', icon: '⌫' },
  mistake: { label: 'Common mistake', icon: '✗' },
} as const;

export type CalloutType = keyof typeof CALLOUT_KINDS;

export const isCalloutType = (type: string): type is CalloutType => Object.hasOwn(CALLOUT_KINDS, type);
