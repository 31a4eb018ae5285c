// `make web`: bundle and minify the page with esbuild into the directory the store serves
// (mapujpomoc_store/web_dist/, or MAPUJPOMOC_WEB_DIR). Content-hashed file names, so the store can let
// browsers keep them for a year; index.html names them.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.env.MAPUJPOMOC_WEB_DIR || join(here, '..', 'mapujpomoc_store', 'web_dist'));
const icons = join(here, '..', 'resources', 'icons');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets', 'icons'), { recursive: true });

const result = await build({
  entryPoints: { app: join(here, 'src', 'main.js'), style: join(here, 'src', 'app.css') },
  bundle: true, minify: true, format: 'esm', splitting: true, target: ['es2020'], legalComments: 'none',
  entryNames: '[name]-[hash]', chunkNames: 'chunk-[hash]', assetNames: '[name]-[hash]', outdir: join(out, 'assets'),
  loader: { '.png': 'file', '.svg': 'file' }, metafile: true, logLevel: 'warning',
});
const outputs = Object.keys(result.metafile.outputs).map((p) => basename(p));
const named = (prefix, ext) => outputs.find((n) => n.startsWith(prefix) && n.endsWith(ext));

writeFileSync(join(out, 'index.html'), readFileSync(join(here, 'index.html'), 'utf8')
  .replace('__APP_JS__', named('app-', '.js')).replace('__APP_CSS__', named('style-', '.css')));
writeFileSync(join(out, 'sw.js'), readFileSync(join(here, 'src', 'sw.js'), 'utf8'));
cpSync(join(here, 'manifest.webmanifest'), join(out, 'manifest.webmanifest'));
cpSync(join(here, 'i18n'), join(out, 'i18n'), { recursive: true });
// the help types' icons of the plugin, without QGIS's SVG parameters (fill="param(fill) #4a148c")
for (const name of readdirSync(icons).filter((n) => n.endsWith('.svg'))) {
  const svg = readFileSync(join(icons, name), 'utf8').replace(/param\([^)]*\)\s*/g, '');
  writeFileSync(join(out, 'assets', 'icons', name), svg);
}
console.log(`web: built into ${out} (${outputs.filter((n) => !n.endsWith('.map')).join(', ')})`);
