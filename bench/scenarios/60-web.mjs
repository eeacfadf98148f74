// The web application: the production build's initial JavaScript (what the browser must load
// before the first screen: the entry scripts and everything they import statically), raw and
// gzipped, against a blank Angular application generated and built in the same run with the same
// CLI; then Lighthouse (mobile, simulated throttling) driving the system Chromium on the pages.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

import { median } from '../stats.mjs';
import { freePort, onCleanUp, runToEnd } from '../support/processes.mjs';
import { signIn, tempDir } from '../support/vigie.mjs';

export const name = 'web';
export const title = 'Web — initial JavaScript against a blank Angular app, Lighthouse mobile';

const CHROMIUM = '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The entry scripts of index.html and their static imports, transitively. */
export function initialJs(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((match) => match[1]);
  const seen = new Set();
  while (pending.length > 0) {
    const file = pending.pop().replace(/^\.?\//, '');
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    // `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")` (lazy).
    for (const match of code.matchAll(/\bimport\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g))
      pending.push(match[1]);
  }
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of seen) {
    const content = readFileSync(join(dir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    brotli += brotliCompressSync(content).length;
  }
  return { files: seen.size, raw, gzip, brotli };
}

async function buildBlankApp(root, log) {
  const dir = tempDir('blank-app');
  const env = { NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false', CI: '1' };
  const ng = join(root, 'node_modules/.bin/ng');
  const started = Date.now();
  await runToEnd(
    ng,
    [
      'new',
      'blank',
      '--skip-install',
      '--skip-git',
      '--minimal',
      '--style=css',
      '--ssr=false',
      '--defaults',
      '--ai-config=none',
    ],
    { cwd: dir, env, label: 'ng new' },
  );
  const app = join(dir, 'blank');
  // The packages of the project (no network): the same Angular, the same builder.
  symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
  await runToEnd(ng, ['build'], { cwd: app, env, label: 'ng build (blank)' });
  log(`blank Angular app generated and built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return join(app, 'dist/blank/browser');
}

/**
 * The blank app's figures: built in this run, or — with BENCH_QUICK — those of the last full run
 * with the same Angular CLI (bench/results/blank-app.json), if any.
 */
async function blankFigures(root, quick, log) {
  const cache = join(root, 'bench/results/blank-app.json');
  const cli = JSON.parse(readFileSync(join(root, 'node_modules/@angular/cli/package.json'), 'utf8')).version;
  if (quick) {
    const cached = existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : null;
    return cached?.cli === cli ? { ...cached, cached: true } : null;
  }
  const figures = { ...initialJs(await buildBlankApp(root, log)), cli };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(cache, `${JSON.stringify(figures, null, 2)}\n`);
  return figures;
}

// Five runs a page: one run's score swings by ±7 on this machine (simulated blocking time); the
// median of three moved by as much between two runs of the same build.
const LIGHTHOUSE_RUNS = 5;

export async function run({ root, quick, vigie: sharedVigie, log }) {
  const vigieJs = initialJs(join(root, 'dist/apps/web/browser'));
  const blankJs = await blankFigures(root, quick, log);
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  log(
    `initial JS: Vigie ${kB(vigieJs.gzip)} gzipped (${kB(vigieJs.raw)} raw)` +
      (blankJs
        ? `, blank app ${kB(blankJs.gzip)} (${kB(blankJs.raw)})${blankJs.cached ? ', from the last full run' : ''}`
        : ''),
  );

  const vigie = quick ? null : await sharedVigie();
  const routes = readFileSync(join(root, 'apps/web/src/app/app.routes.ts'), 'utf8');
  const pages = [
    { key: 'sign_in', label: 'Connexion', path: '/connexion', signedIn: false },
    { key: 'planning', label: 'Planning (chef)', path: '/planning', signedIn: true },
    { key: 'main_courante', label: 'Main courante (chef)', path: '/main-courante', signedIn: true },
  ];
  const present = pages.filter((page) => routes.includes(`path: '${page.path.slice(1)}'`));
  const missing = pages.filter((page) => !present.includes(page));

  const results = [];
  if (!quick) {
    const userDataDir = tempDir('chromium');
    mkdirSync(userDataDir, { recursive: true });
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROME_FLAGS,
      port: await freePort(),
      userDataDir,
      logLevel: 'silent',
    });
    const stopChrome = onCleanUp('chromium', () => chrome.kill());
    // The browser's cookie jar is set as a signed-in user's would be (the web app reads its session
    // hint from document.cookie: a Cookie request header would not do).
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const cdp = await browser.target().createCDPSession();
    const setCookiesOf = async (signedIn) => {
      await cdp.send('Storage.clearCookies');
      if (!signedIn) return;
      const { cookies } = await signIn(vigie.url, 'chef');
      await cdp.send('Storage.setCookies', {
        cookies: cookies.map(({ name, value, path }) => ({
          name,
          value,
          path,
          url: vigie.url,
          sameSite: 'Strict',
        })),
      });
    };
    try {
      for (const page of present) {
        const scores = [];
        const lhrs = [];
        let last;
        for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
          // A fresh session for every run: the app trades its refresh cookie on load.
          // A trace can fail to record on a busy machine (NO_NAVSTART…): that run is taken again.
          let result;
          for (let attempt = 1; ; attempt++) {
            await setCookiesOf(page.signedIn);
            result = await lighthouse(`${vigie.url}${page.path}`, {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance'],
            });
            if (!result?.lhr.runtimeError) break;
            if (attempt === 3)
              throw new Error(`Lighthouse on ${page.path}: ${result.lhr.runtimeError.message}`);
            log(`Lighthouse ${page.path}: ${result.lhr.runtimeError.code}, once more`);
          }
          last = result.lhr;
          lhrs.push(last);
          scores.push(Math.round(last.categories.performance.score * 100));
        }
        // Each metric's median over the runs (the last run alone swings as much as its score).
        const audit = (id) => median(lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
        const finalUrl = last.finalDisplayedUrl ?? last.finalUrl;
        if (!new URL(finalUrl).pathname.startsWith(page.path))
          throw new Error(`Lighthouse on ${page.path} ended on ${finalUrl} (not signed in?)`);
        results.push({
          page,
          score: median(scores),
          scores,
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          finalUrl,
          opportunities: Object.values(last.audits)
            .filter((a) => a.details?.type === 'opportunity' && (a.numericValue ?? 0) > 100)
            .map((a) => a.title),
        });
        log(`Lighthouse ${page.path}: ${scores.join(', ')} (median ${median(scores)})`);
      }
    } finally {
      await browser.disconnect();
      await stopChrome();
    }
  }

  const metrics = {
    initial_js_raw_kb: vigieJs.raw / 1000,
    initial_js_gzip_kb: vigieJs.gzip / 1000,
    initial_js_brotli_kb: vigieJs.brotli / 1000,
  };
  if (blankJs) {
    metrics.blank_js_raw_kb = blankJs.raw / 1000;
    metrics.blank_js_gzip_kb = blankJs.gzip / 1000;
    metrics.initial_js_gzip_ratio = vigieJs.gzip / blankJs.gzip;
  }
  for (const result of results) metrics[`lighthouse.${result.page.key}`] = result.score;
  const ms = (value) => (value === undefined ? '—' : `${(value / 1000).toFixed(1)} s`);
  const table = [
    '| | files | raw | gzipped | brotli (as the CLI\'s "estimated transfer size") |',
    '|---|---|---|---|---|',
    `| Vigie | ${vigieJs.files} | ${kB(vigieJs.raw)} | **${kB(vigieJs.gzip)}** (goal ≤ 120 kB) | ${kB(vigieJs.brotli)} |`,
  ];
  if (blankJs) {
    table.push(
      `| blank Angular app${blankJs.cached ? ' (last full run)' : ''} | ${blankJs.files} | ${kB(blankJs.raw)} | ${kB(blankJs.gzip)} | ${kB(blankJs.brotli)} |`,
      `| ratio | | ${(vigieJs.raw / blankJs.raw).toFixed(2)} | ${metrics.initial_js_gzip_ratio.toFixed(2)} | ${(vigieJs.brotli / blankJs.brotli).toFixed(2)} |`,
    );
  }
  const lighthouseVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
  ).version;
  const markdown = [
    'Initial JavaScript: the entry scripts of `index.html` and their static imports (lazy routes excluded),',
    'gzip level 9. The blank application is generated by `ng new --minimal` and built with the same CLI and',
    'packages in this run.',
    '',
    ...table,
    '',
    ...(quick
      ? ['Lighthouse: not run with BENCH_QUICK.']
      : [
          `Lighthouse ${lighthouseVersion}, mobile preset (simulated slow 4G and 4× CPU), system Chromium, ${LIGHTHOUSE_RUNS} runs per page, medians:`,
          '',
          '| page | performance | FCP | LCP | TBT | CLS | main opportunities |',
          '|---|---|---|---|---|---|---|',
          ...results.map(
            (r) =>
              `| ${r.page.label} \`${r.page.path}\` | **${r.score}** (${r.scores.join(', ')}) | ${ms(r.fcp)} | ${ms(r.lcp)} | ${Math.round(r.tbt ?? 0)} ms | ${(r.cls ?? 0).toFixed(3)} | ${r.opportunities.join('; ') || '—'} |`,
          ),
          '',
          'Goal ≥ 90 on each page.' +
            (missing.length
              ? ` Not measured, the page does not exist in this build: ${missing.map((p) => `${p.label} \`${p.path}\``).join(', ')}.`
              : ''),
        ]),
  ].join('\n');
  return { metrics, markdown };
}
