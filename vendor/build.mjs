// Rebuilds the browser assets that parleygraph inlines into its pages, from the npm registry.
//
//   cd vendor && npm ci && node build.mjs
//
// Writes graph/templates/vendor/ (committed; the Python package never runs npm):
//   sigma-bundle.min.js  graphology + sigma.js (+ @sigma/node-square), minified IIFE -> window.PGSigma
//   world-110m.json      Natural Earth 1:110m land and country borders (world-atlas, via
//                        topojson-client) as SVG paths in an equirectangular projection
//   yasgui.min.js/.css   YASGUI as published (source map reference removed)
//   VERSIONS.json        name, version and licence of every bundled package
import { build } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import * as topojson from "topojson-client";

const require = createRequire(import.meta.url);
const OUT = new URL("../graph/templates/vendor/", import.meta.url);
mkdirSync(OUT, { recursive: true });
const pkg = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), "utf8"));

// 1. sigma + graphology
await build({
  entryPoints: [new URL("entry-sigma.js", import.meta.url).pathname],
  bundle: true, minify: true, format: "iife", target: "es2019", legalComments: "inline",
  outfile: new URL("sigma-bundle.min.js", OUT).pathname,
});

// 2. world outlines: equirectangular, 2 units a degree, one decimal
const K = 2;
const pt = ([lon, lat]) => [((lon + 180) * K).toFixed(1), ((90 - lat) * K).toFixed(1)];
function ringPath(ring) {
  let d = "", last = "";
  ring.forEach((p, i) => {
    const [x, y] = pt(p), s = `${x} ${y}`;
    if (s === last) return;
    d += (i === 0 ? "M" : "L") + s;
    last = s;
  });
  return d;
}
function geomPath(g) {
  if (!g) return "";
  if (g.type === "Polygon") return g.coordinates.map((r) => ringPath(r) + "Z").join("");
  if (g.type === "MultiPolygon") return g.coordinates.map((p) => p.map((r) => ringPath(r) + "Z").join("")).join("");
  if (g.type === "LineString") return ringPath(g.coordinates);
  if (g.type === "MultiLineString") return g.coordinates.map(ringPath).join("");
  if (g.type === "GeometryCollection") return g.geometries.map(geomPath).join("");
  return "";
}
const land = JSON.parse(readFileSync(require.resolve("world-atlas/land-110m.json"), "utf8"));
const countries = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const world = {
  source: `Natural Earth 1:110m via world-atlas ${pkg("world-atlas").version} (public domain / ISC)`,
  projection: "equirectangular", scale: K, width: 360 * K, height: 180 * K,
  land: geomPath(topojson.feature(land, land.objects.land).features ?
    { type: "GeometryCollection", geometries: topojson.feature(land, land.objects.land).features.map((f) => f.geometry) } :
    topojson.feature(land, land.objects.land).geometry),
  borders: geomPath(topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b)),
};
writeFileSync(new URL("world-110m.json", OUT), JSON.stringify(world) + "\n");

// 3. YASGUI as published
const ybuild = require.resolve("@triply/yasgui/build/yasgui.min.js");
const yjs = readFileSync(ybuild, "utf8").replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n");
writeFileSync(new URL("yasgui.min.js", OUT), yjs);
const ycss = readFileSync(ybuild.replace(/\.js$/, ".css"), "utf8").replace(/\n?\/\*# sourceMappingURL=\S+ \*\/\s*$/, "\n");
writeFileSync(new URL("yasgui.min.css", OUT), ycss);

// 4. what was bundled
const names = ["sigma", "graphology", "@sigma/node-square", "topojson-client", "world-atlas", "@triply/yasgui"];
const versions = Object.fromEntries(names.map((n) => [n, { version: pkg(n).version, license: pkg(n).license }]));
writeFileSync(new URL("VERSIONS.json", OUT), JSON.stringify(versions, null, 1) + "\n");
console.log("wrote", OUT.pathname, versions);
