/** Every keyboard shortcut, in one place: the help dialog lists exactly these. */
export const SHORTCUTS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Cascade player',
    keys: [
      ['Space', 'Play or pause'],
      ['→', 'Next step'],
      ['←', 'Previous step'],
      ['Home', 'Restart at step 1'],
      ['End', 'Go to the last step'],
    ],
  },
  {
    title: 'Diagram',
    keys: [
      ['Tab / Shift+Tab', 'Move through the nodes in causal order'],
      ['Enter', 'Open the details of the focused node'],
      ['→ (on a node)', 'Move downstream along an edge'],
      ['← (on a node)', 'Move upstream along an edge'],
      ['↓ / ↑ (on a node)', 'Next / previous choice when there are several'],
      ['+ / −', 'Zoom in / out'],
      ['0', 'Fit the diagram to the window'],
    ],
  },
  {
    title: 'Anywhere',
    keys: [
      ['?', 'Show this list'],
      ['Esc', 'Close a dialog or the details panel'],
      ['1 – 5', 'Explore, Lab, Quiz, Progress, Library'],
    ],
  },
];
