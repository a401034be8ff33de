// Worker for interpreter-state.workers.test.ts: attaches the runtime it is given, creates an
// interpreter with its own heap, makes an object in it, reports the interpreter id and the
// object's repr, and finalizes the interpreter.
import { parentPort, workerData } from 'node:worker_threads';
import { RuntimeState } from '@pergil/runtime-state';
import { InterpreterState } from '../interpreter-state.js';
import { ThreadState } from '../thread-state.js';
import { PyLong_FromLong } from '../objects/longobject.js';
import { Py_DECREF, _PyObject_ReprString } from '../objects/object.js';

const runtime = RuntimeState.attach((workerData as { buffer: SharedArrayBuffer }).buffer);
const interp = InterpreterState.create(runtime);
const tstate = ThreadState.create(interp);
const n = PyLong_FromLong(tstate, 1000 + interp.id);
const repr = _PyObject_ReprString(tstate, n);
Py_DECREF(interp, n);
const id = interp.id;
tstate.clear();
interp.finalize();
parentPort!.postMessage({ id, repr });
