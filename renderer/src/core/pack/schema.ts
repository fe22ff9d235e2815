import * as v from 'valibot';

/**
 * The pathway pack: one published figure turned into data that every mode of
 * the app reads (diagram, step player, blocker lab, quiz, evidence display).
 * Documented for authors in docs/pack-format.md; keep both in step.
 */

export const PACK_FORMAT = 'pathway-pack';
export const PACK_FORMAT_VERSION = 1;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const id = () => v.pipe(v.string(), v.regex(ID, 'must be 1–64 letters, digits, "_", "-" or "." and start with a letter or digit'));
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} entries`));
const finite = () => v.pipe(v.number(), v.finite('must be a finite number'));

/** "database": taken from a curated pathway database record (WikiPathways), not re-checked against the literature. */
export const EVIDENCE_STATUSES = ['verified', 'established', 'model', 'unverified', 'database'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const Evidence = v.strictObject({
  status: v.picklist(EVIDENCE_STATUSES, 'must be one of verified, established, model, unverified, database'),
  refs: list(id(), 20),
  note: v.optional(text(1000)),
});

export const DETAIL_LEVELS = ['basic', 'advanced'] as const;
export type DetailLevel = (typeof DETAIL_LEVELS)[number];

export const NODE_KINDS = [
  'drug', 'neurotransmitter', 'receptor', 'channel', 'ion', 'growth-factor', 'kinase', 'enzyme',
  'complex', 'second-messenger', 'protein', 'cell', 'process', 'outcome',
  // Entity types of pathway databases (GPML DataNode types; SBGN glyph classes).
  'gene-product', 'rna', 'metabolite', 'pathway', 'phenotype', 'unknown',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** SBGN Activity Flow influence arcs. */
export const EDGE_KINDS = ['positive', 'negative', 'necessary', 'unknown'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** What an imported interaction means (GPML ArrowHead mapped; see docs/gpml-import.md). */
export const INTERACTION_TYPES = [
  'activation', 'stimulation', 'necessary-stimulation', 'inhibition', 'catalysis', 'conversion',
  'transcription-translation', 'binding', 'modification', 'cleavage', 'translocation', 'part-of', 'line', 'unknown',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const TIME_SCALES = ['milliseconds', 'seconds', 'minutes', '~1 h', 'hours', '~24 h', 'days', 'not stated'] as const;
export type TimeScale = (typeof TIME_SCALES)[number];

const Point = v.strictObject({ x: finite(), y: finite() });
const Box = v.strictObject({ x: finite(), y: finite(), w: v.pipe(finite(), v.minValue(1)), h: v.pipe(finite(), v.minValue(1)) });

const Gene = v.strictObject({
  symbol: v.pipe(v.string(), v.regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, 'must be an HGNC symbol (capitals, digits, "-")')),
  entrez: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  note: v.optional(text(200)),
});

/**
 * A database identifier of a node or edge (from a GPML Xref): `db` is a
 * lower-case registry prefix ("ncbigene", "ensembl", "uniprot", "chebi",
 * "hgnc.symbol", …), `id` the accession as written. Works for any species,
 * unlike `genes`, which holds human HGNC symbols only.
 */
export const Identifier = v.strictObject({
  db: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9._-]{0,39}$/, 'must be a lower-case database prefix such as "ncbigene"')),
  id: v.pipe(v.string(), v.regex(/^\S{1,120}$/, 'must be 1–120 characters without spaces')),
  /** The database name as the source wrote it, when it differs from `db` ("Entrez Gene"). */
  source: v.optional(text(80)),
});

export const Compartment = v.strictObject({
  id: id(),
  label: text(80),
  kind: v.picklist(['cell', 'terminal', 'extracellular', 'organelle', 'behaviour']),
  parent: v.optional(id()),
  box: v.optional(Box),
  description: v.optional(text(1000)),
});

export const PathwayNode = v.strictObject({
  id: id(),
  label: text(60),
  fullName: v.optional(text(160)),
  kind: v.picklist(NODE_KINDS),
  compartment: id(),
  genes: v.optional(list(Gene, 40)),
  description: text(2000),
  evidence: Evidence,
  detail: v.optional(v.picklist(DETAIL_LEVELS), 'basic'),
  position: v.optional(Point),
  /** Simulation: how positive inputs combine. */
  logic: v.optional(v.picklist(['any', 'all']), 'any'),
  logicNote: v.optional(text(600)),
  /** Simulation: active at rest (tonic) unless something inhibits it. */
  basal: v.optional(v.boolean(), false),
  /** Drawn size (centre = position), kept from imported diagrams. */
  size: v.optional(v.strictObject({ w: v.pipe(finite(), v.minValue(1)), h: v.pipe(finite(), v.minValue(1)) })),
  identifiers: v.optional(list(Identifier, 20)),
  /** State variables drawn on the node ("P", "Y204"). */
  states: v.optional(list(text(40), 30)),
  /** For a complex: the nodes drawn inside it. */
  members: v.optional(list(id(), 200)),
  /** Other compartments where this molecule also occurs or acts, though not drawn there; never offered as a wrong place. */
  alsoIn: v.optional(list(id(), 10)),
  /** Nodes this one also acts on in reality, though the figure draws no edge (glutamate on NMDA receptors); never offered as wrong answers. */
  alsoActsOn: v.optional(list(id(), 20)),
  /** A modelling device: drawn and simulated, but not itself a claim about biology; the quiz never asks about it. */
  device: v.optional(v.boolean()),
});

export const PathwayEdge = v.strictObject({
  id: id(),
  source: id(),
  target: id(),
  kind: v.picklist(EDGE_KINDS),
  mechanism: text(40),
  evidence: Evidence,
  detail: v.optional(v.picklist(DETAIL_LEVELS), 'basic'),
  /** Hand-placed packs may route an edge through waypoints, as a drawn figure would. */
  via: v.optional(list(Point, 6)),
  /** Imported interactions: the interaction type (see INTERACTION_TYPES) and the arrowhead as written. */
  interaction: v.optional(v.picklist(INTERACTION_TYPES)),
  arrowHead: v.optional(text(40)),
  /** false for a plain line with no arrowhead: drawn, but carries no signal direction. */
  directed: v.optional(v.boolean()),
  identifiers: v.optional(list(Identifier, 20)),
  /**
   * Imported lines drawn to a group's box (a family of paralogs on WikiPathways) stand for one link per
   * member. These name the group (an id in `groups`, holding this end's node) so that all of them are
   * drawn as the one line the source drew, from or to the box.
   */
  drawnFrom: v.optional(id()),
  drawnTo: v.optional(id()),
  /** A modelling device (see nodes): simulated, but never a quiz key or a trusted link. */
  device: v.optional(v.boolean()),
});

export const Step = v.strictObject({
  id: id(),
  title: text(80),
  narration: text(1500),
  nodes: list(id(), 60),
  edges: list(id(), 60),
  /** Exact fragment of the figure caption this step explains, if any. */
  caption: v.optional(text(600)),
  timeScale: v.picklist(TIME_SCALES),
  timeNote: v.optional(text(300)),
  detail: v.optional(v.picklist(DETAIL_LEVELS), 'basic'),
  evidence: Evidence,
});

export const EXPECTED_OUTCOMES = ['kept', 'lost', 'not measured'] as const;

const Target = v.union([
  v.strictObject({ node: id() }),
  v.strictObject({ edge: id() }),
], 'must be { "node": id } or { "edge": id }');

export const Intervention = v.strictObject({
  id: id(),
  name: text(80),
  kind: v.picklist(['drug', 'antibody', 'genetic', 'chemogenetic']),
  /** inhibit: the target is off; neutralize: the target may be made but acts on nothing; activate: forced on. */
  action: v.picklist(['inhibit', 'neutralize', 'activate']),
  targets: v.pipe(list(Target, 10), v.minLength(1, 'needs at least one target')),
  mechanism: text(160),
  description: text(1500),
  experiment: v.optional(v.strictObject({
    species: text(120),
    design: text(600),
    finding: text(1200),
    /** Whether the experiment gave the pack's stimulus (false for a mimic given on its own). */
    stimulus: v.optional(v.boolean()),
    /** What it found per readout (keyed by the readout's node); readouts left out were not measured. */
    outcomes: v.optional(v.pipe(
      v.record(id(), v.picklist(EXPECTED_OUTCOMES, 'must be "kept", "lost" or "not measured"')),
      v.check((o) => Object.keys(o).length <= 60, 'must have at most 60 entries'),
    )),
  })),
  /** Set when the Boolean model is known not to reproduce the experiment; says why. */
  modelMismatch: v.optional(text(800)),
  evidence: Evidence,
});

export const Reference = v.strictObject({
  id: id(),
  /** Unknown parts stay out rather than being guessed: only journal (or source) is required. */
  authors: v.optional(text(400)),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1800), v.maxValue(2200))),
  title: v.optional(text(400)),
  journal: text(200),
  volume: v.optional(text(40)),
  pages: v.optional(text(40)),
  pmid: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'must be digits'))),
  pmcid: v.optional(v.pipe(v.string(), v.regex(/^PMC\d{1,9}$/, 'must look like PMC123456'))),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{3,9}\/\S{1,200}$/, 'must look like 10.1234/abc'))),
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https URL'))),
  note: v.optional(text(400)),
});

export const GlossaryEntry = v.strictObject({
  term: text(40),
  /** For an abbreviation, what it stands for; for a name, what it names. */
  expansion: text(200),
  definition: v.optional(text(600)),
  /** "name" for terms that are names, not abbreviations (GluA1, Akt): never asked as "what does it stand for?". */
  kind: v.optional(v.picklist(['abbreviation', 'name']), 'abbreviation'),
});

export const HandQuizItem = v.strictObject({
  id: id(),
  kind: v.picklist(['choice', 'true-false']),
  prompt: text(600),
  choices: v.optional(list(text(200), 8)),
  /** Index into choices, or for true-false 0 = true, 1 = false. */
  answer: v.pipe(v.number(), v.integer(), v.minValue(0)),
  explanation: text(800),
  step: v.optional(id()),
  evidence: Evidence,
});

export const GENE_CATEGORIES = ['shown', 'over-expansion', 'fly-noise', 'missing', 'chemical', 'disease'] as const;
export type GeneCategory = (typeof GENE_CATEGORIES)[number];

export const PfocrAnnotation = v.strictObject({
  keyword: text(40),
  category: v.picklist(GENE_CATEGORIES),
  symbol: v.optional(text(40)),
  entrez: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  figureLabel: v.optional(text(80)),
  node: v.optional(id()),
  reason: text(600),
  evidence: Evidence,
});

export const Disagreement = v.strictObject({
  id: id(),
  title: text(120),
  text: text(1500),
  evidence: Evidence,
});

export const Readout = v.strictObject({ node: id(), label: text(80) });

/** Where an imported pathway came from (a pathway database record). */
export const DatabaseRecord = v.strictObject({
  name: text(60),
  id: text(40),
  revision: v.optional(text(40)),
  organism: v.optional(text(120)),
  authors: v.optional(list(text(120), 100)),
  lastModified: v.optional(text(40)),
  format: v.optional(text(40)),
});

/** A drawn group of nodes that is not a complex (a compound box; edges to it reach every member). */
export const NodeGroup = v.strictObject({
  id: id(),
  label: v.optional(text(80)),
  members: list(id(), 500),
  box: v.optional(Box),
});

export const Provenance = v.strictObject({
  figureId: text(120),
  pmcid: v.optional(v.pipe(v.string(), v.regex(/^PMC\d{1,9}$/, 'must look like PMC123456'))),
  figureNumber: v.optional(text(20)),
  figureUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https URL'))),
  paperTitle: text(400),
  citation: text(400),
  reference: v.optional(id()),
  license: text(400),
  attribution: text(800),
  authoredFrom: v.optional(list(text(300), 10)),
  database: v.optional(DatabaseRecord),
});

export const PathwayPack = v.strictObject({
  format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
  formatVersion: v.literal(PACK_FORMAT_VERSION, `must be ${PACK_FORMAT_VERSION} (the only version this app reads)`),
  id: id(),
  version: v.pipe(v.string(), v.regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/, 'must be a version like 1.2.0')),
  title: text(200),
  summary: v.optional(text(1000)),
  caption: v.optional(text(6000)),
  provenance: Provenance,
  stimulus: id(),
  compartments: v.pipe(list(Compartment, 100), v.minLength(1, 'needs at least one compartment')),
  nodes: v.pipe(list(PathwayNode, 5000), v.minLength(1, 'needs at least one node')),
  edges: list(PathwayEdge, 20000),
  steps: v.pipe(list(Step, 500), v.minLength(1, 'needs at least one step')),
  readouts: v.optional(list(Readout, 60), []),
  interventions: v.optional(list(Intervention, 200), []),
  disagreements: v.optional(list(Disagreement, 50), []),
  references: list(Reference, 500),
  glossary: v.optional(list(GlossaryEntry, 300), []),
  quiz: v.optional(list(HandQuizItem, 300), []),
  pfocr: v.optional(list(PfocrAnnotation, 300), []),
  groups: v.optional(list(NodeGroup, 2000)),
});

export type PathwayPack = v.InferOutput<typeof PathwayPack>;
export type PathwayNode = v.InferOutput<typeof PathwayNode>;
export type PathwayEdge = v.InferOutput<typeof PathwayEdge>;
export type Compartment = v.InferOutput<typeof Compartment>;
export type Step = v.InferOutput<typeof Step>;
export type Intervention = v.InferOutput<typeof Intervention>;
export type Reference = v.InferOutput<typeof Reference>;
export type Evidence = v.InferOutput<typeof Evidence>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntry>;
export type HandQuizItem = v.InferOutput<typeof HandQuizItem>;
export type PfocrAnnotation = v.InferOutput<typeof PfocrAnnotation>;
export type Disagreement = v.InferOutput<typeof Disagreement>;
export type Readout = v.InferOutput<typeof Readout>;
export type Identifier = v.InferOutput<typeof Identifier>;
export type NodeGroup = v.InferOutput<typeof NodeGroup>;
export type DatabaseRecord = v.InferOutput<typeof DatabaseRecord>;
