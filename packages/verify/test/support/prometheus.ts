// A real Prometheus server (the Debian package's /usr/bin/prometheus) for the tests: a temp
// config and TSDB, listening on 127.0.0.1, stopped and removed by `stop`.

import { type ChildProcess, spawn } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './servers.js';

export const PROMETHEUS_BINARY = '/usr/bin/prometheus';

export interface ScrapeJob {
  job: string;
  /** `127.0.0.1:port` */
  target: string;
}

export interface PrometheusServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startPrometheus(jobs: ScrapeJob[]): Promise<PrometheusServer> {
  try {
    await access(PROMETHEUS_BINARY, constants.X_OK);
  } catch {
    throw new Error(
      `${PROMETHEUS_BINARY} is missing: install the Debian package \`prometheus\` (apt-get install prometheus)`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'flowship-verify-prometheus-'));
  const port = await freePort();
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    ...jobs.flatMap(({ job, target }) => [
      `  - job_name: ${job}`,
      '    static_configs:',
      `      - targets: ['${target}']`,
    ]),
  ].join('\n');
  await writeFile(join(dir, 'prometheus.yml'), `${config}\n`);
  const child = spawn(
    PROMETHEUS_BINARY,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const server = { url: `http://127.0.0.1:${port}`, stop: () => stop(child, dir) };
  try {
    await waitForScrape(server.url, jobs, child);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\nPrometheus log:\n${log}`, { cause: error });
  }
  return server;
}

/** Resolves once every job has been scraped at least once (`up` has a sample for it). */
async function waitForScrape(url: string, jobs: ScrapeJob[], child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  const query = `${url}/api/v1/query?query=${encodeURIComponent('count by (job) (up)')}`;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Prometheus exited with ${child.exitCode}`);
    try {
      const answer = (await (await fetch(query)).json()) as {
        data?: { result?: { metric: { job?: string } }[] };
      };
      const scraped = new Set(answer.data?.result?.map((series) => series.metric.job));
      if (jobs.every(({ job }) => scraped.has(job))) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Prometheus did not scrape the test targets within 15 s');
}

async function stop(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  await rm(dir, { recursive: true, force: true });
}
