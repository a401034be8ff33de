// Worker of test/pergil-pool.ts: runs each program it is sent through the built runPython
// (dist/index.js) with captured output and posts the outcome back. A JavaScript exception
// that escapes runPython is an interpreter bug; it is reported, not thrown.
import { parentPort } from 'node:worker_threads';
import { formatLeakReport, runPython } from '../dist/index.js';

parentPort.on('message', (job) => {
  const out = [];
  const err = [];
  try {
    const result = runPython({
      file: job.file,
      code: job.code,
      argv: job.argv,
      malloc: job.malloc,
      checkHeap: job.checkHeap === true,
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
    });
    const leaks =
      result.leaks === undefined
        ? undefined
        : { count: result.leaks.length, first: formatLeakReport(result.leaks).split('\n').slice(1, 6).map((l) => l.replace(/^pergil: +/, '')).filter((l) => l !== '') };
    parentPort.postMessage({ id: job.id, stdout: out.join(''), stderr: err.join(''), status: result.status, leaks });
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    parentPort.postMessage({ id: job.id, stdout: out.join(''), stderr: err.join(''), status: null, error: `JavaScript exception escaped: ${error}` });
  }
});
