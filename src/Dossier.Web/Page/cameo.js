// CAMEO event root codes as short verbs, and quad classes as the kind of relation.

const ROOT_VERBS = {
  '01': 'made a statement to', '02': 'appealed to', '03': 'promised cooperation to', '04': 'met / consulted',
  '05': 'cooperated diplomatically with', '06': 'cooperated materially with', '07': 'aided', '08': 'yielded to',
  '09': 'investigated', '10': 'demanded of', '11': 'criticised', '12': 'rejected', '13': 'threatened',
  '14': 'protested against', '15': 'showed force to', '16': 'reduced relations with', '17': 'coerced',
  '18': 'assaulted', '19': 'fought', '20': 'used mass violence against',
};

const QUAD_CLASSES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

export function rootVerb(rootCode) {
  return ROOT_VERBS[rootCode] ?? (rootCode ? `CAMEO ${rootCode}` : 'acted on');
}

export function quadClassName(quadClass) {
  return QUAD_CLASSES[quadClass] ?? 'unclassified';
}

/** 'coop' or 'conflict' for colouring, from the quad class or else the root code. */
export function relationTone(quadClass, rootCode) {
  if (quadClass === 1 || quadClass === 2) return 'coop';
  if (quadClass === 3 || quadClass === 4) return 'conflict';
  const root = Number(rootCode);
  if (root >= 1 && root <= 8) return 'coop';
  if (root >= 9) return 'conflict';
  return 'neutral';
}
