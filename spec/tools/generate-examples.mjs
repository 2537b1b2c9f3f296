// Writes spec/examples/*.json. Every example is built from one set of facts, so the HTML content
// and the structured data cannot drift apart; the inline context is read from spec/context.jsonld
// and the FEP-8b32 proofs are signed with example keys from fixed, public seeds (never use them
// for anything else). Edit the facts here, run `node generate-examples.mjs`, then the checker.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SPEC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ours = JSON.parse(readFileSync(`${SPEC}/context.jsonld`, 'utf8'))['@context'];
const AS = 'https://www.w3.org/ns/activitystreams';
const DI = 'https://w3id.org/security/data-integrity/v1';
const SEC = 'https://w3id.org/security/v1';
const DID = 'https://www.w3.org/ns/did/v1';
const MK = 'https://w3id.org/security/multikey/v1';
const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';
// RSA keys are only published, never used to sign here: keep the ones already in the examples.
const rsaPublicKey = (file) => {
  const existing = path.join(SPEC, 'examples', file);
  if (existsSync(existing)) return JSON.parse(readFileSync(existing, 'utf8')).publicKey.publicKeyPem;
  return crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' });
};
const [rsaCollective, rsaFund] = [rsaPublicKey('actor-collective.json'), rsaPublicKey('actor-fund.json')];

const H = 'https://apoyo.example';
const collective = `${H}/collectives/lavapies`;
const followers = `${collective}/followers`;
const fundActor = `${H}/actors/lavapies.bail-embajadores`;
const fundFollowers = `${fundActor}/followers`;

// ---- keys -------------------------------------------------------------------------------
function ed25519FromSeed(seedHex) {
  const der = Buffer.from('302e020100300506032b657004220420' + seedHex, 'hex');
  const priv = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const pub = crypto.createPublicKey(priv).export({ format: 'der', type: 'spki' }).subarray(12);
  return { priv, pub };
}
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(bytes) {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
  let out = '';
  while (n > 0n) { out = B58[Number(n % 58n)] + out; n /= 58n; }
  for (const b of bytes) { if (b === 0) out = '1' + out; else break; }
  return out;
}
const collectiveKey = ed25519FromSeed('11'.repeat(32));
const fundKey = ed25519FromSeed('22'.repeat(32));
const multibase = (pub) => 'z' + base58(Buffer.concat([Buffer.from([0xed, 0x01]), pub]));

function jcs(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(jcs).join(',') + ']';
  return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + jcs(v[k])).join(',') + '}';
}
function sign(doc, key, verificationMethod, created) {
  const proof = { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', verificationMethod, proofPurpose: 'assertionMethod', created };
  const sha = (s) => crypto.createHash('sha256').update(s, 'utf8').digest();
  const data = Buffer.concat([sha(jcs(proof)), sha(jcs(doc))]);
  const sig = crypto.sign(null, data, key.priv);
  return { ...doc, proof: { ...proof, proofValue: 'z' + base58(sig) } };
}

// ---- helpers ----------------------------------------------------------------------------
const tag = (name) => ({ type: 'Hashtag', href: `${H}/tags/${encodeURIComponent(name.toLowerCase())}`, name: `#${name}` });
const tagLink = (name) => `<a href="${H}/tags/${encodeURIComponent(name.toLowerCase())}" class="mention hashtag" rel="tag">#<span>${name}</span></a>`;
const measure = (n, unit) => ({ type: 'Measure', hasNumericalValue: n, hasUnit: unit });
const money = (amount, currency) => ({ type: 'MonetaryAmount', amount, currency });
const place = (name, lat, lon, precision) => {
  const p = { type: 'Place', name, latitude: lat, longitude: lon, locationPrecision: precision };
  if (precision === 'neighbourhood') Object.assign(p, { radius: 1000, units: 'm' });
  if (precision === 'city') Object.assign(p, { radius: 10000, units: 'm' });
  return p;
};
const addressing = (visibility, extraCc = []) => {
  if (visibility === 'public') return { to: [PUBLIC], cc: [followers, ...extraCc] };
  if (visibility === 'unlisted') return { to: [followers, ...extraCc], cc: [PUBLIC] };
  return { to: [followers, ...extraCc] };
};
const ctx = (...remote) => [AS, ...remote, ours];

function note(f) {
  const html = [
    `<p><strong>${f.headline}</strong></p>`,
    f.facts.length ? `<ul>${f.facts.map((x) => `<li>${x}</li>`).join('')}</ul>` : '',
    f.bodyHtml,
    `<p>📍 ${f.location.name}${f.placeNote ? ` ${f.placeNote}` : ''}</p>`,
    `<p><a href="${f.url}">${f.url.replace('https://', '')}</a></p>`,
    `<p>${f.tags.map(tagLink).join(' ')}</p>`,
  ].join('');
  const n = {
    id: f.id,
    type: 'Note',
    attributedTo: collective,
    ...addressing(f.visibility, f.extraCc),
    published: f.published,
    ...(f.updated ? { updated: f.updated } : {}),
    url: f.url,
    name: f.title,
    nameMap: { [f.lang]: f.title },
    content: html,
    contentMap: { [f.lang]: html },
    source: { content: f.bodyMarkdown, mediaType: 'text/markdown' },
    tag: [...f.tags.map(tag), ...(f.mentions ?? []).map(([href, handle]) => ({ type: 'Mention', href, name: `@${handle}` }))],
    location: f.location,
    listingKind: f.kind,
    listingStatus: f.status,
    category: f.category,
    ...(f.expires ? { expires: f.expires } : {}),
    ...f.structured,
  };
  return n;
}
function create(n) {
  const { to, cc } = n;
  return { '@context': ctx(), id: `${n.id}/activity`, type: 'Create', actor: collective, published: n.published, to, ...(cc ? { cc } : {}), object: n };
}
function write(name, doc) {
  writeFileSync(`${SPEC}/examples/${name}`, JSON.stringify(doc, null, 2) + '\n');
}

// ---- Offer (es) -------------------------------------------------------------------------
const offerId = `${H}/listings/01jcx7b2r4m9e8v0q3s6t5w1ya`;
write('create-offer.json', create(note({
  id: offerId, kind: 'offer', lang: 'es', visibility: 'public', status: 'open', category: ['food'],
  published: '2026-11-24T09:12:00Z', expires: '2026-11-30T21:00:00Z',
  url: `${H}/c/lavapies/offers/verduras-huerto`,
  title: 'Verduras de temporada del huerto comunitario',
  headline: 'Ofrecemos: verduras de temporada del huerto comunitario',
  facts: ['Disponible: 25 kg (de 40 kg)', 'Entrega: recogida en el huerto', 'Condiciones: recogida los sábados de 10:00 a 13:00; trae tu propia bolsa; prioridad para familias con niñas y niños', 'Hasta el 30 de noviembre de 2026'],
  bodyHtml: '<p>Calabazas, acelgas, coles y boniatos de la cosecha de otoño. Si no puedes venir, escríbenos y buscamos quien te lo acerque.</p>',
  bodyMarkdown: 'Calabazas, acelgas, coles y boniatos de la cosecha de otoño. Si no puedes venir, escríbenos y buscamos quien te lo acerque.',
  location: place('Lavapiés, Madrid', 40.41, -3.7, 'neighbourhood'), placeNote: '(zona aproximada, ~1 km)',
  tags: ['MutualAidOffer', 'MutualAidFood', 'Lavapies'],
  structured: {
    purpose: 'offer',
    publishes: {
      id: `${offerId}#primary`, type: 'Intent', action: 'transfer', name: 'verduras de temporada',
      resourceQuantity: measure('40', 'kilogram'), availableQuantity: measure('25', 'kilogram'),
    },
    conditions: 'Recogida los sábados de 10:00 a 13:00; trae tu propia bolsa; prioridad para familias con niñas y niños.',
    deliveryMethod: ['pick-up'],
  },
})));

// ---- Need (ar) --------------------------------------------------------------------------
const needId = `${H}/listings/01jcx9k0d8f3h6n2p5r7s9v4zb`;
write('create-need.json', create(note({
  id: needId, kind: 'need', lang: 'ar', visibility: 'public', status: 'open', category: ['housing', 'disaster'],
  published: '2026-11-25T18:40:00Z', expires: '2026-12-05T19:00:00Z',
  url: `${H}/c/lavapies/needs/battaniyat-shitwiya`,
  title: 'بطانيات شتوية لمأوى الشارع',
  headline: 'نحتاج: بطانيات شتوية لمأوى الشارع',
  facts: ['المطلوب: 30 بطانية', 'تم التعهد: 12 · تم الاستلام: 5', 'الأولوية: عالية', 'آخر موعد: 5 ديسمبر 2026، الساعة 20:00'],
  bodyHtml: '<p>الليالي أصبحت باردة جداً والمأوى ممتلئ. نقبل البطانيات النظيفة الجديدة أو المستعملة بحالة جيدة. يمكن تسليمها في مركز الحي كل مساء.</p>',
  bodyMarkdown: 'الليالي أصبحت باردة جداً والمأوى ممتلئ. نقبل البطانيات النظيفة الجديدة أو المستعملة بحالة جيدة. يمكن تسليمها في مركز الحي كل مساء.',
  location: place('لابابيس، مدريد', 40.41, -3.7, 'neighbourhood'), placeNote: '(منطقة تقريبية، حوالي 1 كم)',
  tags: ['MutualAidNeed', 'MutualAidHousing', 'MutualAidDisaster', 'مدريد'],
  structured: {
    purpose: 'request',
    publishes: {
      id: `${needId}#primary`, type: 'Intent', action: 'transfer', name: 'بطانيات',
      resourceQuantity: measure('30', 'one'), due: '2026-12-05T19:00:00Z',
    },
    urgency: 'high',
    pledgedQuantity: measure('12', 'one'),
    fulfilledQuantity: measure('5', 'one'),
  },
})));

// ---- Fund (en), followable ----------------------------------------------------------------
const fundId = `${H}/listings/01jcxa3m5q7t9w1y3b5d7f9h2c`;
const otherFund = `${H}/listings/01jcxb8p2s4v6x8z0c2e4g6j3d`;
const fundBase = {
  id: fundId, kind: 'fund', lang: 'en', visibility: 'public', category: ['bail', 'legal'],
  published: '2026-11-21T08:00:00Z', extraCc: [fundFollowers],
  url: `${H}/c/lavapies/funds/bail-embajadores`,
  title: 'Bail for the Embajadores rent strike arrests',
  bodyMarkdown: 'Fourteen neighbours were arrested on 19 November while blocking the eviction at Calle Embajadores. Every euro goes to bail and court fees; unspent money rolls over to the next bail fund and is published in the ledger. Cash is also welcome at the Tuesday assembly.',
  bodyHtml: '<p>Fourteen neighbours were arrested on 19 November while blocking the eviction at Calle Embajadores. Every euro goes to bail and court fees; unspent money rolls over to the next bail fund and is published in the ledger. Cash is also welcome at the Tuesday assembly.</p>',
  location: place('Madrid', 40.4, -3.7, 'city'), placeNote: '(city-level area, ~10 km)',
  tags: ['MutualAidFund', 'MutualAidBail', 'MutualAidLegal', 'RentStrike'],
  // A followable listing's Note mentions its listing actor (vocabulary 4.2).
  mentions: [[fundActor, 'lavapies.bail-embajadores@apoyo.example']],
};
const followLine = `Follow updates: <span class="h-card"><a href="${fundActor}" class="u-url mention">@<span>lavapies.bail-embajadores</span></a></span>`;
const fundNote = note({
  ...fundBase, status: 'open',
  headline: 'Fund: Bail for the Embajadores rent strike arrests',
  facts: ['Raised: €4,210.50 of €6,000.00 (70%)', 'Purpose: bail', 'How to give: <a href="https://apoyo.example/c/lavapies/funds/bail-embajadores/give">apoyo.example/c/lavapies/funds/bail-embajadores/give</a> (card or bank transfer)', followLine],
  structured: {
    purpose: 'request',
    fundPurpose: 'bail',
    fundingGoal: money('6000.00', 'EUR'),
    amountRaised: money('4210.50', 'EUR'),
    fullyFunded: false,
    howToGive: [
      { type: 'Link', href: `${H}/c/lavapies/funds/bail-embajadores/give`, name: 'Card or bank transfer', rel: ['payment'], mediaType: 'text/html' },
    ],
  },
});
write('create-fund.json', create(fundNote));

// ---- Update: fund fully funded (en), signed ------------------------------------------------
const fundDone = note({
  ...fundBase, status: 'fulfilled', updated: '2026-11-26T22:15:00Z',
  headline: '✅ Fully funded, thank you! Please give to the Usera eviction defence fund instead',
  facts: ['Raised: €6,135.00 of €6,000.00 (102%)', 'Disbursed: €5,600.00 (Paid bail for the 14 neighbours arrested on 19 November)', `Give instead: <a href="${H}/c/lavapies/funds/usera-eviction-defence">apoyo.example/c/lavapies/funds/usera-eviction-defence</a>`, 'Purpose: bail', followLine],
  structured: {
    purpose: 'request',
    fundPurpose: 'bail',
    fundingGoal: money('6000.00', 'EUR'),
    amountRaised: money('6135.00', 'EUR'),
    amountDisbursed: money('5600.00', 'EUR'),
    disbursementNote: 'Paid bail for the 14 neighbours arrested on 19 November',
    fullyFunded: true,
    giveInstead: [otherFund],
  },
});
const update = {
  '@context': ctx(DI), id: `${fundId}/updates/2026-11-26T221500Z`, type: 'Update', actor: collective,
  published: '2026-11-26T22:15:00Z', to: fundDone.to, cc: fundDone.cc, object: fundDone,
};
write('update-fund-fully-funded.json', sign(update, collectiveKey, `${collective}#ed25519-key`, '2026-11-26T22:15:01Z'));

// ---- The fund actor's own activities (vocabulary 4.2 and 9), signed by the fund actor ------------------
const fundPage = `${H}/c/lavapies/funds/bail-embajadores`;
write('announce-fund.json', sign({
  '@context': ctx(DI), id: `${fundActor}/announces/2026-11-21T080100Z`, type: 'Announce', actor: fundActor,
  published: '2026-11-21T08:01:00Z', to: [PUBLIC], cc: [fundFollowers], object: fundId,
}, fundKey, `${fundActor}#ed25519-key`, '2026-11-21T08:01:01Z'));
const newsHtml = '<p><strong>Fund: Bail for the Embajadores rent strike arrests</strong></p>'
  + '<ul><li>🎉 Goal reached: 6,135.00 EUR of 6,000.00 EUR (102%) (1,924.50 EUR more). Thank you!</li>'
  + `<li>✅ Fully funded: please give elsewhere: <a href="${H}/c/lavapies/funds/usera-eviction-defence" rel="nofollow noopener" target="_blank">apoyo.example/c/lavapies/funds/usera-eviction-defence</a></li></ul>`
  + `<p><a href="${fundPage}">${fundPage.replace('https://', '')}</a></p>`;
const news = {
  id: `${H}/notes/01jcz0k2m4p6r8t0v2x4z6b8d0`, type: 'Note', attributedTo: fundActor,
  to: [PUBLIC], cc: [fundFollowers], published: '2026-11-26T22:15:00Z', url: fundPage,
  content: newsHtml, contentMap: { en: newsHtml },
};
write('fund-news.json', sign({
  '@context': ctx(DI), id: `${H}/activities/01jcz0k2m4p6r8t0v2x4z6b8d1`, type: 'Create', actor: fundActor,
  published: news.published, to: news.to, cc: news.cc, object: news,
}, fundKey, `${fundActor}#ed25519-key`, '2026-11-26T22:15:01Z'));
write('delete-fund-actor.json', sign({
  '@context': ctx(DI), id: `${H}/activities/01jd1q3s5u7w9y1a3c5e7g9j2k`, type: 'Delete', actor: fundActor,
  published: '2026-12-20T10:00:00Z', to: [PUBLIC], cc: [fundFollowers], object: fundActor,
}, fundKey, `${fundActor}#ed25519-key`, '2026-12-20T10:00:01Z'));

// ---- Contact (es) -----------------------------------------------------------------------
const contactId = `${H}/listings/01jcx5f1h3k5m7p9r1t3v5x7ze`;
write('create-contact.json', create(note({
  id: contactId, kind: 'contact', lang: 'es', visibility: 'public', status: 'open', category: ['legal', 'bail'],
  published: '2026-10-02T10:00:00Z', updated: '2026-11-20T16:30:00Z',
  url: `${H}/c/lavapies/contacts/linea-legal`,
  title: 'Línea legal 24 h: detenciones y desahucios',
  headline: 'Contacto: Línea legal 24 h: detenciones y desahucios',
  facts: ['Teléfono: <a href="tel:+34600000000">+34 600 000 000</a>', 'Signal: legal_lavapies.01', 'Correo: legal@apoyo.example', 'Idiomas: español, العربية, English, বাংলা', 'Disponible: 24 horas, 7 días'],
  bodyHtml: '<p>Si detienen a alguien o llega una orden de desahucio, llama a cualquier hora. Te ponemos en contacto con abogadas voluntarias y con el fondo de fianzas.</p>',
  bodyMarkdown: 'Si detienen a alguien o llega una orden de desahucio, llama a cualquier hora. Te ponemos en contacto con abogadas voluntarias y con el fondo de fianzas.',
  location: place('Madrid', 40.4, -3.7, 'city'), placeNote: '(ciudad)',
  tags: ['MutualAidContact', 'MutualAidLegal', 'MutualAidBail'],
  structured: {
    contactPoint: {
      type: 'ContactPoint', contactType: 'legal hotline', telephone: '+34600000000', signal: 'legal_lavapies.01',
      email: 'legal@apoyo.example', url: `${H}/c/lavapies/contacts/linea-legal`,
      availableLanguage: ['es', 'ar', 'en', 'bn'], alwaysOpen: true,
    },
    areaServed: [place('Comunidad de Madrid', 40.4, -3.7, 'city')],
  },
})));

// ---- Service (bn) -----------------------------------------------------------------------
const serviceId = `${H}/listings/01jcx6g2j4l6n8q0s2u4w6y8zf`;
write('create-service.json', create(note({
  id: serviceId, kind: 'service', lang: 'bn', visibility: 'public', status: 'open', category: ['food'],
  published: '2026-09-01T07:30:00Z',
  url: `${H}/c/lavapies/services/khadya-bitaran`,
  title: 'সাপ্তাহিক খাদ্য বিতরণ',
  headline: 'সেবা: সাপ্তাহিক খাদ্য বিতরণ',
  facts: ['প্রতি মঙ্গলবার ও শনিবার, সকাল ১০টা – দুপুর ১টা (মাদ্রিদ সময়)', '২৬ ডিসেম্বর বন্ধ', 'কোনো কাগজপত্র লাগবে না'],
  bodyHtml: '<p>চাল, ডাল, তেল, শাকসবজি ও শিশুখাদ্য। নিজের ব্যাগ নিয়ে আসুন। স্প্যানিশ, আরবি ও বাংলায় স্বেচ্ছাসেবক আছেন।</p>',
  bodyMarkdown: 'চাল, ডাল, তেল, শাকসবজি ও শিশুখাদ্য। নিজের ব্যাগ নিয়ে আসুন। স্প্যানিশ, আরবি ও বাংলায় স্বেচ্ছাসেবক আছেন।',
  location: place('Plaza de Nelson Mandela, Lavapiés, Madrid', 40.40874, -3.70091, 'exact'),
  tags: ['MutualAidService', 'MutualAidFood', 'Lavapies'],
  structured: {
    purpose: 'offer',
    publishes: { id: `${serviceId}#primary`, type: 'Intent', action: 'deliverService', name: 'খাদ্য বিতরণ' },
    conditions: 'কোনো কাগজপত্র লাগবে না',
    schedule: [{
      type: 'Schedule', rrule: 'FREQ=WEEKLY;BYDAY=TU,SA', startDate: '2026-09-01',
      opens: '10:00:00', closes: '13:00:00', scheduleTimezone: 'Europe/Madrid', exceptDate: ['2026-12-26'],
    }],
    areaServed: [place('Lavapiés y Embajadores, Madrid', 40.41, -3.7, 'neighbourhood')],
  },
})));

// ---- Savings circle (es) ------------------------------------------------------------------
const circleId = `${H}/listings/01jcx8h3k5m7p9r1t3v5x7z9ag`;
write('create-savings-circle.json', create(note({
  id: circleId, kind: 'savings-circle', lang: 'es', visibility: 'unlisted', status: 'open', category: ['savings'],
  published: '2026-11-18T19:00:00Z', expires: '2026-12-06T22:59:59Z',
  url: `${H}/c/lavapies/savings/tanda-diciembre`,
  title: 'Tanda de diciembre, quedan 3 lugares',
  headline: 'Círculo de ahorro (tanda): Tanda de diciembre, quedan 3 lugares',
  facts: ['Aportación: 50,00 € cada semana', 'Ciclo: 7 días · 10 lugares (quedan 3)', 'Orden de cobro: sorteo', 'Empieza el 7 de diciembre de 2026'],
  bodyHtml: '<p>Cada semana todas aportamos 50 € y una persona recibe 500 €. El orden se sortea en la primera reunión. Nos reunimos los lunes a las 19:00 en el local.</p>',
  bodyMarkdown: 'Cada semana todas aportamos 50 € y una persona recibe 500 €. El orden se sortea en la primera reunión. Nos reunimos los lunes a las 19:00 en el local.',
  location: place('Lavapiés, Madrid', 40.41, -3.7, 'neighbourhood'), placeNote: '(zona aproximada, ~1 km)',
  tags: ['SavingsCircle', 'MutualAidSavings', 'Tanda'],
  structured: {
    localName: 'tanda',
    contribution: money('50.00', 'EUR'),
    cycleLength: 'P7D',
    slots: 10,
    openSlots: 3,
    payoutOrder: 'lottery',
    startDate: '2026-12-07',
  },
})));

// ---- Delete -> Tombstone, signed -----------------------------------------------------------
const del = {
  '@context': ctx(DI), id: `${offerId}/delete`, type: 'Delete', actor: collective,
  published: '2026-11-27T08:00:00Z', to: [PUBLIC], cc: [followers],
  object: { id: offerId, type: 'Tombstone', formerType: 'Note', deleted: '2026-11-27T08:00:00Z' },
};
write('delete-tombstone.json', sign(del, collectiveKey, `${collective}#ed25519-key`, '2026-11-27T08:00:01Z'));

// ---- Actors -----------------------------------------------------------------------------
const frontGate = {
  type: 'ContactPoint', contactType: 'front gate', telephone: '+34600000001', signal: 'lavapies_apoyo.01',
  email: 'hola@apoyo.example', availableLanguage: ['es', 'ar', 'en', 'bn'],
  schedule: [{ type: 'Schedule', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startDate: '2026-01-05', opens: '17:00:00', closes: '21:00:00', scheduleTimezone: 'Europe/Madrid' }],
};
const pv = (name, value) => ({ type: 'PropertyValue', name, value });
write('actor-collective.json', {
  '@context': ctx(SEC, DID, MK),
  id: collective, type: 'Organization', preferredUsername: 'lavapies',
  name: 'Red de Apoyo Mutuo de Lavapiés',
  summary: '<p>Vecinas y vecinos de Lavapiés organizados para apoyarnos: despensa, vivienda, fianzas, salud. Hablamos español, العربية, English y বাংলা.</p>',
  url: `${H}/c/lavapies`,
  published: '2025-03-08T12:00:00Z',
  inbox: `${collective}/inbox`, outbox: `${collective}/outbox`, followers, following: `${collective}/following`,
  endpoints: { sharedInbox: `${H}/inbox` },
  manuallyApprovesFollowers: false, discoverable: true, indexable: true,
  icon: { type: 'Image', mediaType: 'image/png', url: `${H}/media/lavapies/avatar.png` },
  image: { type: 'Image', mediaType: 'image/jpeg', url: `${H}/media/lavapies/header.jpg` },
  publicKey: { id: `${collective}#main-key`, owner: collective, publicKeyPem: rsaCollective },
  assertionMethod: [{ id: `${collective}#ed25519-key`, type: 'Multikey', controller: collective, publicKeyMultibase: multibase(collectiveKey.pub) }],
  attachment: [
    pv('Web', '<a href="https://lavapies.example" rel="me nofollow noopener" target="_blank">lavapies.example</a>'),
    pv('Puerta de entrada', 'Signal: lavapies_apoyo.01 · <a href="tel:+34600000001">+34 600 000 001</a> · L–V 17:00–21:00'),
    pv('Idiomas', 'español · العربية · English · বাংলা'),
    pv('Zona', 'Lavapiés y Embajadores, Madrid'),
  ],
  knowsLanguage: ['es', 'ar', 'en', 'bn'],
  areaServed: [place('Lavapiés y Embajadores, Madrid', 40.41, -3.7, 'neighbourhood')],
  website: 'https://lavapies.example',
  frontGate,
});
write('actor-fund.json', {
  '@context': ctx(SEC, DID, MK),
  id: fundActor, type: 'Organization', preferredUsername: 'lavapies.bail-embajadores',
  name: 'Bail fund: Embajadores rent strike (Red de Apoyo Mutuo de Lavapiés)',
  summary: '<p>Bail and court fees for the 14 neighbours arrested at the Calle Embajadores eviction blockade. Run by <a href="https://apoyo.example/c/lavapies" class="u-url mention">@<span>lavapies</span></a>. Follow for ledger updates.</p>',
  url: `${H}/c/lavapies/funds/bail-embajadores`,
  published: '2026-11-21T08:00:00Z',
  inbox: `${fundActor}/inbox`, outbox: `${fundActor}/outbox`, followers: fundFollowers, following: `${fundActor}/following`,
  endpoints: { sharedInbox: `${H}/inbox` },
  manuallyApprovesFollowers: false, discoverable: true, indexable: true,
  icon: { type: 'Image', mediaType: 'image/png', url: `${H}/media/lavapies/avatar.png` },
  publicKey: { id: `${fundActor}#main-key`, owner: fundActor, publicKeyPem: rsaFund },
  assertionMethod: [{ id: `${fundActor}#ed25519-key`, type: 'Multikey', controller: fundActor, publicKeyMultibase: multibase(fundKey.pub) }],
  attachment: [
    pv('Goal', '€6,000.00'),
    pv('Raised', '€4,210.50 (70%)'),
    pv('Give', `<a href="${H}/c/lavapies/funds/bail-embajadores/give" rel="nofollow noopener" target="_blank">apoyo.example/c/lavapies/funds/bail-embajadores/give</a>`),
    pv('Collective', '<a href="https://apoyo.example/c/lavapies" rel="nofollow noopener" target="_blank">@lavapies@apoyo.example</a>'),
  ],
  listingKind: 'fund',
  collective,
  listing: fundId,
});
console.log('written');
