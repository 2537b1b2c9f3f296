// Checks spec/examples/*.json against spec/context.jsonld with jsonld.js, offline.
//
// Why each check exists:
// - expansion in "safe" mode: jsonld.js then throws on every lossy event (a key that maps to no
//   IRI, a value it must drop), which is how a typo in a term silently vanishes for a receiver;
// - no predicate may expand to a blank node: the ActivityStreams context sets "@vocab": "_:",
//   so an undefined term does not vanish, it becomes "_:term" and means nothing;
// - compact -> expand -> compact must give the document back: a value whose shape does not
//   match its term definition (e.g. a date on an @id term) comes back under another key;
// - JSON-LD 1.0 mode on every document whose contexts are all 1.0 contexts, because the inline
//   context promises to work in 1.0 processors;
// - the inline context must equal spec/context.jsonld and every term must be used somewhere,
//   so the examples show the whole vocabulary and cannot drift from it;
// - the FEP-8b32 proofs verify, and the Mastodon-facing rules of spec/vocabulary.md hold.
//
// Usage: node spec/tools/check-examples.mjs        (exit code 0 = all good)
// jsonld.js is resolved from spec/tools/node_modules (npm install in spec/tools) or from the
// directory named by SPEC_NODE_MODULES.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const toolsDir = path.dirname(fileURLToPath(import.meta.url));
const specDir = path.dirname(toolsDir);
const repoRoot = path.dirname(specDir);
const require = createRequire(process.env.SPEC_NODE_MODULES
  ? path.join(path.resolve(process.env.SPEC_NODE_MODULES), 'noop.js')
  : import.meta.url);
const jsonld = require('jsonld');

const sharedDir = process.env.MUTUALAID_SHARED ?? path.join(repoRoot, '..', 'shared');
const contextsDir = path.join(sharedDir, 'conformance', 'contexts');
const contextIndex = JSON.parse(readFileSync(path.join(contextsDir, 'index.json'), 'utf8'));
const ourContextFile = JSON.parse(readFileSync(path.join(specDir, 'context.jsonld'), 'utf8'));
const OUR_CONTEXT_URLS = ['https://w3id.org/mutual-aid/v1'];
// Contexts a JSON-LD 1.0 processor can read (no @protected, no scoped contexts).
const JSONLD10_CONTEXTS = new Set(['https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1']);

const documentLoader = async (url) => {
  if (OUR_CONTEXT_URLS.includes(url) || /^https:\/\/[^/]+\/ns\/mutual-aid\/v1\.jsonld$/.test(url)) {
    return { contextUrl: null, documentUrl: url, document: ourContextFile };
  }
  const file = contextIndex[url];
  if (!file) throw new Error(`document loader: no offline copy of ${url} (the checker never fetches)`);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(path.join(contextsDir, file), 'utf8')) };
};

const failures = [];
const fail = (file, msg) => failures.push(`${file}: ${msg}`);

// Arrays of one element and single values are the same JSON-LD; compaction picks one form.
// Compaction also turns the Public collection into the compact IRI "as:Public" (the AS2 context
// defines the "as" prefix); that is the same IRI, not a change.
function normalize(v) {
  if (Array.isArray(v)) return v.length === 1 ? normalize(v[0]) : v.map(normalize);
  if (v === 'as:Public') return 'https://www.w3.org/ns/activitystreams#Public';
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== '@context').map(([k, x]) => [k, normalize(x)]));
  return v;
}
function diffPaths(a, b, at = '$') {
  if (isDeepStrictEqual(a, b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => diffPaths(a[k], b[k], `${at}.${k}`));
  }
  return [`${at}: sent ${JSON.stringify(a)?.slice(0, 80)} but round-trip gives ${JSON.stringify(b)?.slice(0, 80)}`];
}
function* walk(v, at = '$') {
  if (Array.isArray(v)) { for (const [i, x] of v.entries()) yield* walk(x, `${at}[${i}]`); return; }
  if (!v || typeof v !== 'object') return;
  yield [v, at];
  for (const [k, x] of Object.entries(v)) if (k !== '@context') yield* walk(x, `${at}.${k}`);
}
function compactKeys(doc) {
  const keys = new Set();
  for (const [node] of walk(doc)) for (const k of Object.keys(node)) if (!['@context', 'id', 'type'].includes(k)) keys.add(k);
  return keys;
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58Decode(s) {
  let n = 0n;
  for (const c of s) { const d = B58.indexOf(c); if (d < 0) throw new Error(`bad base58 '${c}'`); n = n * 58n + BigInt(d); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex;
  const lead = s.match(/^1*/)[0].length;
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(n === 0n ? '' : hex, 'hex')]);
}
// RFC 8785: ECMAScript serialisation of numbers and strings, keys sorted by UTF-16 code units.
function jcs(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(jcs).join(',')}]`;
  return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${jcs(v[k])}`).join(',')}}`;
}
function verifyEddsaJcs2022(doc, publicKeyMultibase) {
  const { proof, ...unsecured } = doc;
  const { proofValue, ...proofOptions } = proof;
  const raw = base58Decode(publicKeyMultibase.slice(1));
  if (publicKeyMultibase[0] !== 'z' || raw[0] !== 0xed || raw[1] !== 0x01) throw new Error('not an Ed25519 Multikey');
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw.subarray(2)]);
  const key = crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' });
  const sha = (s) => crypto.createHash('sha256').update(s, 'utf8').digest();
  return crypto.verify(null, Buffer.concat([sha(jcs(proofOptions)), sha(jcs(unsecured))]), key, base58Decode(proofValue.slice(1)));
}

// Mastodon's username rule for remote accounts (Account::USERNAME_RE).
const MASTODON_USERNAME = /^[a-z0-9_]+([.-]+[a-z0-9_]+)*$/i;
const DECIMALS = { neighbourhood: 2, city: 1 };
const RADIUS = { neighbourhood: 1000, city: 10000 };
const decimals = (x) => (String(x).split('.')[1] ?? '').length;

// JSON-LD keeps whatever lexical form it is given, so the forms the vocabulary promises
// (money as decimal strings, never floats; xsd dates and times) are checked here.
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const LEXICAL = {
  [`${XSD}decimal`]: (v) => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v),
  [`${XSD}integer`]: (v) => Number.isInteger(v),
  [`${XSD}boolean`]: (v) => typeof v === 'boolean',
  [`${XSD}date`]: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  [`${XSD}time`]: (v) => typeof v === 'string' && /^\d{2}:\d{2}:\d{2}$/.test(v),
  [`${XSD}dateTime`]: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v),
  [`${XSD}duration`]: (v) => typeof v === 'string' && /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(v),
};
const typedTerms = Object.fromEntries(Object.entries(ourContextFile['@context'])
  .filter(([, d]) => typeof d === 'object' && d['@type'] in LEXICAL).map(([t, d]) => [t, LEXICAL[d['@type']]]));
// FEP-0837 leaves hasNumericalValue untyped but sends decimal strings; so do we.
typedTerms.hasNumericalValue = LEXICAL[`${XSD}decimal`];

function checkMastodonRules(file, doc) {
  for (const [node, at] of walk(doc)) {
    for (const [term, ok] of Object.entries(typedTerms)) {
      if (term in node && ![].concat(node[term]).every(ok)) fail(file, `${at}.${term}: ${JSON.stringify(node[term])} is not in the lexical form its term promises`);
    }
    if (node.type === 'Note') {
      if ('summary' in node || 'summaryMap' in node) fail(file, `${at}: a Note must not carry summary (Mastodon shows it as a content warning)`);
      const langs = Object.keys(node.contentMap ?? {});
      if (langs.length !== 1 || node.contentMap[langs[0]] !== node.content) fail(file, `${at}: content must equal the single contentMap entry`);
      if (!node.url || new URL(node.url).host !== new URL(node.attributedTo).host) fail(file, `${at}: url must be an HTML page on the author's host`);
      for (const t of node.tag ?? []) if (t.type === 'Hashtag' && !node.content.includes(`#<span>${t.name.slice(1)}</span>`)) fail(file, `${at}: hashtag ${t.name} missing from content`);
    }
    if (node.type === 'Place' && node.locationPrecision in DECIMALS) {
      const p = node.locationPrecision;
      if (decimals(node.latitude) > DECIMALS[p] || decimals(node.longitude) > DECIMALS[p]) fail(file, `${at}: ${p} point has more than ${DECIMALS[p]} decimals`);
      if (node.radius !== RADIUS[p] || node.units !== 'm') fail(file, `${at}: ${p} point needs radius ${RADIUS[p]} and units "m"`);
    }
    if (node.preferredUsername !== undefined && !MASTODON_USERNAME.test(node.preferredUsername)) fail(file, `${at}: preferredUsername breaks Mastodon's username rule`);
  }
}

const examplesDir = path.join(specDir, 'examples');
const files = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort();
const docs = Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(path.join(examplesDir, f), 'utf8'))]));
const keysById = new Map();
for (const doc of Object.values(docs)) for (const m of doc.assertionMethod ?? []) keysById.set(m.id, m.publicKeyMultibase);

const ourTerms = Object.entries(ourContextFile['@context']).filter(([, def]) => !(typeof def === 'string' && def.endsWith('#') || typeof def === 'string' && def.endsWith('/'))).map(([t]) => t);
const usedKeys = new Set();
const usedTypes = new Set();
const rows = [];

for (const file of files) {
  const doc = docs[file];
  const ctx = doc['@context'];
  if (!Array.isArray(ctx) || ctx[0] !== 'https://www.w3.org/ns/activitystreams') { fail(file, '@context must be an array starting with the ActivityStreams context'); continue; }
  const inline = ctx.filter((c) => typeof c === 'object');
  if (inline.length !== 1 || !isDeepStrictEqual(inline[0], ourContextFile['@context'])) fail(file, 'the inline context object differs from spec/context.jsonld');
  if (typeof ctx.at(-1) !== 'object') fail(file, 'our context must come last so no later context can redefine its terms');

  const modes = ['json-ld-1.1'];
  const remote = ctx.filter((c) => typeof c === 'string');
  if (remote.every((c) => JSONLD10_CONTEXTS.has(c))) modes.push('json-ld-1.0');
  let predicates = new Set();
  for (const processingMode of modes) {
    let expanded;
    try {
      expanded = await jsonld.expand(doc, { documentLoader, processingMode, safe: true });
    } catch (e) {
      fail(file, `${processingMode} expansion failed: ${e.message}${e.details?.event ? ` (${e.details.event.code} ${JSON.stringify(e.details.event.details?.property ?? e.details.event.details?.term ?? '')})` : ''}`);
      continue;
    }
    predicates = new Set();
    for (const [node, at] of walk(expanded)) {
      for (const k of Object.keys(node)) {
        if (k.startsWith('@')) continue;
        if (k.startsWith('_:') || !/^[a-z][a-z0-9+.-]*:/i.test(k)) fail(file, `${processingMode} ${at}: property expands to "${k}", not an IRI`);
        predicates.add(k);
      }
      for (const t of [].concat(node['@type'] ?? [])) if (t.startsWith('_:')) fail(file, `${processingMode} ${at}: type expands to "${t}"`);
    }
    const compacted = await jsonld.compact(expanded, ctx, { documentLoader, processingMode, compactArrays: true });
    for (const d of diffPaths(normalize(doc), normalize(compacted))) fail(file, `${processingMode} round-trip ${d}`);
  }
  const keys = compactKeys(doc);
  for (const k of keys) usedKeys.add(k);
  for (const [node] of walk(doc)) for (const t of [].concat(node.type ?? [])) usedTypes.add(t);

  if (doc.proof) {
    const key = keysById.get(doc.proof.verificationMethod);
    if (!key) fail(file, `proof: no example actor publishes ${doc.proof.verificationMethod}`);
    else if (!verifyEddsaJcs2022(doc, key)) fail(file, 'proof: eddsa-jcs-2022 signature does not verify');
  }
  checkMastodonRules(file, doc);
  rows.push(`${file.padEnd(32)} ${String(keys.size).padStart(3)} compact keys -> ${String(predicates.size).padStart(3)} predicates  [${modes.join(', ')}]${doc.proof ? '  proof ok' : ''}`);
}

for (const term of ourTerms) if (!usedKeys.has(term) && !usedTypes.has(term)) fail('context.jsonld', `term "${term}" is defined but no example uses it`);

console.log(rows.join('\n'));
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${files.length} examples expand with nothing dropped; every term of spec/context.jsonld is used.`);
