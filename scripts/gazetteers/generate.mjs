// Writes data/gazetteers/countries.json and cities.json from pinned maintained sources and the team's supplements.
// Usage: node generate.mjs <node_modules> <scripts/gazetteers> <data/gazetteers> (generate.sh passes them).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, here, out] = process.argv.slice(2);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const cldrPackage = readJson(join(modules, 'cldr-localenames-full', 'package.json'));
const isoPackage = readJson(join(modules, 'iso-3166', 'package.json'));
const territories = readJson(join(modules, 'cldr-localenames-full', 'main', 'vi', 'territories.json'))
  .main.vi.localeDisplayNames.territories;
const { iso31662 } = await import(pathToFileURL(join(modules, 'iso-3166', '2.js')).href);
const countrySupplement = readJson(join(here, 'countries-supplement.json'));
const citySupplement = readJson(join(here, 'cities-supplement.json'));
const provinces = new Set(readJson(join(out, 'provinces.json')).provinces.map((p) => p.name));

// The extractor matches on one tone placement ("hòa", "thủy": ToneMarks.ToTraditionalPlacement); aliases are stored in it.
const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const split = (c) => {
  const nfd = c.normalize('NFD');
  const tone = [...nfd].find((m) => tones.includes(m));
  return { base: [...nfd].filter((m) => !tones.includes(m)).join('').normalize('NFC'), tone };
};
const toneOnFirst = (word) => {
  if (word.length < 2) return word;
  const last = split(word.at(-1));
  const prev = split(word.at(-2));
  const pair = prev.base.toLowerCase() + last.base.toLowerCase();
  if (!last.tone || prev.tone || !['oa', 'oe', 'uy'].includes(pair)) return word;
  if (pair === 'uy' && word.length >= 3 && word.at(-3).toLowerCase() === 'q') return word;
  return word.slice(0, -2) + (prev.base + last.tone).normalize('NFC') + last.base;
};
const normalise = (name) => name.normalize('NFC').replace(/\p{L}+/gu, toneOnFirst).replace(/\s+/g, ' ').trim();
const slug = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const unique = (names) => [...new Set(names.map(normalise))];
const fail = (message) => { console.error(message); process.exit(1); };

// Countries: CLDR's name, short and variant forms; a trailing parenthesis ("Myanmar (Miến Điện)") is cut off.
const countries = [];
const countryOf = new Map();
const codes = Object.keys(territories).filter((k) => /^[A-Z]{2}$/.test(k) && !countrySupplement.skip.includes(k)).sort();
for (const code of codes) {
  const extra = countrySupplement.countries[code] ?? {};
  const cldr = [territories[code], territories[`${code}-alt-short`], territories[`${code}-alt-variant`]]
    .filter(Boolean).map((n) => n.replace(/\s*\([^)]*\)$/, ''));
  const drop = new Set((extra.drop ?? []).map(normalise));
  const aliases = unique([extra.name ?? cldr[0], ...cldr, ...(extra.aliases ?? [])]).filter((a) => !drop.has(a));
  if (aliases.length === 0) fail(`${code} has no alias left`);
  const ambiguous = unique(extra.ambiguous ?? []);
  for (const a of ambiguous) if (!aliases.includes(a)) fail(`${code}: ambiguous ${a} is no alias`);
  for (const a of aliases) {
    if (countryOf.has(a)) fail(`${a} names both ${countryOf.get(a)} and ${code}`);
    countryOf.set(a, code);
  }
  countries.push({ code, name: normalise(extra.name ?? cldr[0]), aliases, ...(ambiguous.length ? { ambiguous } : {}) });
}

// Cities: ISO 3166-2 subdivisions of the chosen countries, then the team's cities below that level.
const drop = new Set(Object.keys(citySupplement.drop).map(normalise));
const cleanIso = (name) => name
  .replace(/ (Zhuangzu|Huizu|Uygur) Zizhiqu$/, '').replace(/ (Sheng|Shi|Zizhiqu|SAR)$/, '')
  .replace(/-(teukbyeolsi|gwangyeoksi|teukbyeoljachido|do)$/, '');
const cityForms = (name) => {
  const base = normalise(name);
  return [`thành phố ${base}`, `TP ${base}`, `TP. ${base}`];
};
const cities = [];
const cityOf = new Map();
const addCity = (entry, candidates, forms) => {
  const aliases = unique(candidates).filter((a) => !drop.has(a));
  if (forms) aliases.push(...cityForms(entry.name).filter((f) => !aliases.includes(f)));
  for (const a of aliases) {
    if (provinces.has(a)) fail(`${entry.key}: ${a} is a Vietnamese province`);
    if (countryOf.has(a)) fail(`${entry.key}: ${a} is a country alias`);
    if (cityOf.has(a)) fail(`${a} names both ${cityOf.get(a)} and ${entry.key}`);
    cityOf.set(a, entry.key);
  }
  if (aliases.length === 0) fail(`${entry.key} has no alias left`);
  if (cities.some((c) => c.key === entry.key)) fail(`two cities have the key ${entry.key}`);
  cities.push({ key: entry.key, name: normalise(entry.name), aliases, country: entry.country, ...(entry.code ? { code: entry.code } : {}) });
};
const chosen = [...citySupplement.subdivisionCountries, ...citySupplement.stateCountries];
for (const sub of iso31662.filter((s) => chosen.includes(s.parent) && !citySupplement.skipSubdivisions.includes(s.code))) {
  const extra = citySupplement.subdivisions[sub.code] ?? {};
  const iso = cleanIso(sub.name);
  const state = citySupplement.stateCountries.includes(sub.parent);
  const entry = { key: extra.key ?? (state ? `${slug(iso)}-state` : slug(iso)), name: extra.name ?? iso, country: sub.parent, code: sub.code };
  const isoAlias = extra.iso === false ? [] : [state ? `bang ${iso}` : iso];
  addCity(entry, [...(extra.aliases ?? []), ...isoAlias], extra.forms === true);
}
for (const city of citySupplement.cities) {
  addCity(city, city.aliases, city.forms !== false);
}

const line = (o) => `    ${JSON.stringify(o).replace(/","/g, '", "').replace(/":/g, '": ').replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/,"/g, ', "')}`;
const write = (file, comment, property, entries) => writeFileSync(join(out, file),
  `{\n  "comment": ${JSON.stringify(comment)},\n  "${property}": [\n${entries.map(line).join(',\n')}\n  ]\n}\n`);
write('countries.json',
  `Countries: ISO 3166-1 alpha-2 code, the canonical Vietnamese name used in facts, the names Vietnamese news writes, and 'ambiguous': aliases that are also common Vietnamese words or given names, reliable only in a country context. Generated by scripts/gazetteers/generate.sh; do not edit by hand. Sources: Unicode CLDR ${cldrPackage.cldrVersion} Vietnamese territory names (npm cldr-localenames-full ${cldrPackage.version}, main/vi/territories.json; ${cldrPackage.license}, Unicode License v3) merged with the team-written scripts/gazetteers/countries-supplement.json (official state names, abbreviations, transliterations).`,
  'countries', countries);
write('cities.json',
  `Foreign provinces, prefectures, states and cities with their country (ISO 3166-1) and, for subdivisions, their ISO 3166-2 code. Generated by scripts/gazetteers/generate.sh; do not edit by hand. Sources: ISO 3166-2 codes and romanised names (npm iso-3166 ${isoPackage.version}, ${isoPackage.license}) merged with the team-written scripts/gazetteers/cities-supplement.json (Vietnamese names and transliterations, cities, names excluded because they are also Vietnamese places, words or given names).`,
  'cities', cities);
console.log(`countries: ${countries.length} (${countries.reduce((n, c) => n + c.aliases.length, 0)} aliases); cities: ${cities.length} (${cities.reduce((n, c) => n + c.aliases.length, 0)} aliases)`);
