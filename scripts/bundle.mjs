// `npm run build` (run by `npm ci` through prepare): the bot that `npm start` runs, bundled
// from src/main.ts into a few files under dist/bundle/. Node then reads a few files instead
// of about 960 modules (each resolved, read, compiled and kept with its own records): a
// shorter start-up and less memory. tsc's dist/ stays for the CLIs, benches and tests.
//
// Kept out of the start-up files:
// - what main.ts imports dynamically (the app, loaded while early polling already runs; the
//   /stats chart; PostgreSQL) goes to chunks loaded on first use (`splitting`);
// - ECharts, resvg (a native module) and pg stay in node_modules, loaded only when used.
//
// Run-time files (data/, locales/, intents/) are found from the bundle's place: dist/bundle/
// is as deep in the package as dist/<folder>/ and src/<folder>/, so the paths the sources
// compute from import.meta.url (PROJECT_ROOT, data/geo…) stay right.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";

// node-fetch 2 (grammy's fetch on Node) requires whatwg-url for the day Node's own `url.URL` is
// missing, which on Node ≥ 20 never comes: loading it anyway kept tr46's Unicode mapping table
// (about 3 MB of the bot's idle heap, with its compiled form). Node's URL stands in for it.
const nodeUrlForNodeFetch = {
  name: "node-url-for-node-fetch",
  setup(bundle) {
    bundle.onResolve({ filter: /^whatwg-url$/ }, ({ importer }) =>
      /[\\/]node-fetch[\\/]/.test(importer)
        ? { path: "whatwg-url", namespace: "node-url" }
        : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: "node-url" }, () => ({
      contents: "module.exports = { URL };",
      loader: "js",
    }));
  },
};

await build({
  // The worker thread's entry beside the chunks, where runtime/off-thread.ts looks.
  entryPoints: { main: "src/main.ts", "off-thread-worker": "src/runtime/off-thread-worker.ts" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Whitespace and syntax only: function names stay readable in stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  external: ["@resvg/resvg-js", "echarts", "pg"],
  // CommonJS dependencies bundled into ESM still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  plugins: [nodeUrlForNodeFetch],
  logLevel: "warning",
});

// V8 keeps each module's source text for as long as the bot runs (to compile functions on
// first call), as one byte per character only when every character is Latin-1. esbuild
// escapes strings but leaves regular expressions as written, and one Cyrillic or emoji
// character in a pattern made the app's whole source two bytes per character: 0.8 MB more
// of idle heap. Escaped as UTF-16 units, a pattern means the same with or without the u flag.
const OUT = "dist/bundle";
for (const name of await readdir(OUT)) {
  if (!name.endsWith(".js")) continue;
  const file = join(OUT, name);
  const source = await readFile(file, "utf8");
  if (/^[\0-\xff]*$/.test(source)) continue;
  await writeFile(file, asLatin1(source));
}

/** Every character past Latin-1 as \uXXXX; an escaped one (`\’`, same meaning) loses its `\`. */
function asLatin1(source) {
  let out = "";
  let backslashes = 0;
  for (let i = 0; i < source.length; i++) {
    const unit = source.charCodeAt(i);
    if (unit <= 0xff) {
      out += source[i];
      backslashes = source[i] === "\\" ? backslashes + 1 : 0;
      continue;
    }
    if (backslashes % 2 === 1) out = out.slice(0, -1);
    out += `\\u${unit.toString(16).padStart(4, "0")}`;
    backslashes = 0;
  }
  return out;
}
