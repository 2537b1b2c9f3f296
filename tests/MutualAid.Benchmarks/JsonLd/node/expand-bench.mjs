// jsonld.js side of the comparison: expands the same corpus with the same contexts preloaded
// (a documentLoader answering from the bundled files; unknown contexts as empty, like ours).
// Prints one JSON line: {"docsPerSecond": (overall), "medianDocsPerSecond": (median round), "documents", "seconds"}.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../..');
const shared = process.env.MUTUALAID_SHARED ?? path.resolve(repo, '..', 'shared');
const corpusDir = path.join(shared, 'conformance', 'activitystreams');
const contextsDir = path.join(repo, 'src', 'MutualAid.JsonLd', 'Contexts');
const seconds = Number(process.env.BENCH_SECONDS ?? '10');

const byUrl = {
  'https://www.w3.org/ns/activitystreams': 'www.w3.org_ns_activitystreams.jsonld',
  'http://www.w3.org/ns/activitystreams': 'www.w3.org_ns_activitystreams.jsonld',
  'https://w3id.org/security/v1': 'w3id.org_security_v1.jsonld',
  'https://w3id.org/security/data-integrity/v1': 'w3id.org_security_data-integrity_v1.jsonld',
  'https://w3id.org/security/multikey/v1': 'w3id.org_security_multikey_v1.jsonld',
  'https://w3id.org/identity/v1': 'w3id.org_identity_v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'www.w3.org_ns_did_v1.jsonld',
  'http://schema.org/': 'schema.org.jsonld',
  'https://gotosocial.org/ns': 'gotosocial.org_ns.jsonld',
  'https://purl.archive.org/socialweb/webfinger': 'purl.archive.org_socialweb_webfinger.jsonld',
};
const preloaded = new Map(Object.entries(byUrl).map(([url, file]) =>
  [url, JSON.parse(fs.readFileSync(path.join(contextsDir, file), 'utf8'))]));
const litepub = JSON.parse(fs.readFileSync(path.join(contextsDir, 'pleroma_litepub-0.1.jsonld'), 'utf8'));

const documentLoader = async (url) => {
  let document = preloaded.get(url);
  if (!document && /^https?:\/\/[^/?#]+\/schemas\/litepub-0\.1\.jsonld$/.test(url)) document = litepub;
  return { contextUrl: null, documentUrl: url, document: document ?? { '@context': {} } };
};

const documents = fs.readdirSync(corpusDir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(corpusDir, f), 'utf8')));
const options = {
  documentLoader,
  expandContext: { '@context': ['https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1'] },
  safe: false,
};

async function expandAll() {
  for (const doc of documents) await jsonld.expand(doc, options);
}

for (let i = 0; i < 5; i++) await expandAll(); // warm up the JIT and jsonld.js's context cache
let rounds = 0;
const roundSeconds = [];
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds) {
  const roundStart = process.hrtime.bigint();
  await expandAll();
  roundSeconds.push(Number(process.hrtime.bigint() - roundStart) / 1e9);
  rounds++;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}
roundSeconds.sort((a, b) => a - b);
const median = roundSeconds[Math.floor(roundSeconds.length / 2)];
const docs = rounds * documents.length;
console.log(JSON.stringify({
  docsPerSecond: docs / elapsed,
  medianDocsPerSecond: documents.length / median,
  documents: docs,
  seconds: elapsed,
}));
