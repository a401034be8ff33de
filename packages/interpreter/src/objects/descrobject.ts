// Descriptors and the descriptor protocol (CPython's Objects/descrobject.c and the classmethod,
// staticmethod halves of Objects/funcobject.c): getset_descriptor (a PyGetSetDef in a static
// type's dict), property, classmethod, staticmethod, and the generic `__get__`/`__set__`/
// `__delete__` dispatch that attribute lookup uses — data descriptors (with `__set__` or
// `__delete__`) win over an instance `__dict__`, non-data descriptors lose to it.
//
// Layouts in descrobject.layout.ts. method_descriptor lives in methodobject.ts.

import type { InterpreterState } from '../interpreter-state.js';
import type { ThreadState } from '../thread-state.js';
import { PY_CLASSMETHOD_OBJECT, PY_DESCR_OBJECT, PY_PROPERTY_OBJECT } from './descrobject.layout.js';
import { METH_O } from './methoddef.js';
import type { PyGetSetDef, PyMethodDef } from './methoddef.js';
import { getSetDefAt } from './methodtable.js';
import { PyErr_Clear, PyErr_Occurred, PyType_IsSubtype, raise } from './exceptions.js';
import { PyObject_GC_Del, Py_DECREF, Py_INCREF, Py_TYPE, Py_TYPE_NAME, _PyObject_GC_New, _PyObject_ReprString, typeName } from './object.js';
import { PyUnicode_AsString, PyUnicode_FromString } from './unicodeobject.js';
import { PyTuple_Pack, tupleLength } from './tupleobject.js';
import { descrDefIndex, descrType, methodDescrGet } from './methodobject.js';
import { PyMethod_New } from './classobject.js';
import { PyObject_Call, PyObject_CallOneArg, PyObject_Vectorcall3, _PyArg_ParseKeywords } from './call.js';
import { PyObject_GetAttrString } from './object-attrs.js';
import { _PyType_LookupString } from './typeobject.js';
import { objectAddress } from './codeobject.js';

const D = PY_DESCR_OBJECT.offsetBytes;
const P = PY_PROPERTY_OBJECT.offsetBytes;
const CM = PY_CLASSMETHOD_OBJECT.offsetBytes;

// ---- getset_descriptor ----------------------------------------------------------------------

/** The descriptor a static type's dict holds for the getset at `getsetIndex` (CPython's PyDescr_NewGetSet). @public */
export function PyDescr_NewGetSet(tstate: ThreadState, type: number, getsetIndex: number): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, interp.runtime.staticType('getset_descriptor'), PY_DESCR_OBJECT.sizeBytes);
  if (h === 0) return 0;
  const i32 = interp.views.i32;
  i32[(h + D.d_type) >> 2] = type;
  i32[(h + D.d_def) >> 2] = getsetIndex;
  Py_INCREF(interp, type);
  return h;
}

/** repr() of a getset descriptor: `<attribute 'real' of 'int' objects>`. @internal */
export function getsetDescrRepr(interp: InterpreterState, d: number): string {
  return `<attribute '${getSetDefAt(descrDefIndex(interp, d)).name}' of '${typeName(interp, descrType(interp, d))}' objects>`;
}

function getsetCheck(tstate: ThreadState, d: number, obj: number): boolean {
  const interp = tstate.interp;
  const type = descrType(interp, d);
  if (PyType_IsSubtype(interp, Py_TYPE(interp, obj), type)) return true;
  raise(
    tstate,
    'TypeError',
    `descriptor '${getSetDefAt(descrDefIndex(interp, d)).name}' for '${typeName(interp, type)}' objects doesn't apply to a '${Py_TYPE_NAME(interp, obj)}' object`,
  );
  return false;
}

function getsetGet(tstate: ThreadState, d: number, obj: number): number {
  const interp = tstate.interp;
  if (obj === 0 || obj === interp.runtime.immortalNone) {
    Py_INCREF(interp, d);
    return d;
  }
  if (!getsetCheck(tstate, d, obj)) return 0;
  return getSetDefAt(descrDefIndex(interp, d)).get(tstate, obj);
}

function getsetSet(tstate: ThreadState, d: number, obj: number, value: number): number {
  const interp = tstate.interp;
  if (!getsetCheck(tstate, d, obj)) return -1;
  const def = getSetDefAt(descrDefIndex(interp, d));
  if (def.set === undefined) {
    raise(tstate, 'AttributeError', `attribute '${def.name}' of '${typeName(interp, descrType(interp, d))}' objects is not writable`);
    return -1;
  }
  return def.set(tstate, obj, value);
}

// ---- property -------------------------------------------------------------------------------

function borrowedOrNone(interp: InterpreterState, h: number): number {
  const v = h === 0 ? interp.runtime.immortalNone : h;
  Py_INCREF(interp, v);
  return v;
}

/**
 * A property over fget/fset/fdel/doc (borrowed; 0 or None for absent) (CPython's property_init).
 * When doc is absent, fget's __doc__ becomes the property's.
 * @public
 */
export function PyProperty_New(tstate: ThreadState, fget: number, fset: number, fdel: number, doc: number): number {
  const interp = tstate.interp;
  const none = interp.runtime.immortalNone;
  let ownDoc = doc === none ? 0 : doc;
  let getterDoc = 0;
  if (ownDoc === 0 && fget !== 0 && fget !== none) {
    const d = PyObject_GetAttrString(tstate, fget, '__doc__');
    if (d === 0) {
      if (PyErr_Occurred(tstate) === 0 || !isAttributeError(tstate)) return 0;
      PyErr_Clear(tstate);
    } else if (d === none) {
      Py_DECREF(interp, d);
    } else {
      ownDoc = d;
      getterDoc = 1;
    }
  } else if (ownDoc !== 0) {
    Py_INCREF(interp, ownDoc);
  }
  const h = _PyObject_GC_New(tstate, interp.runtime.staticType('property'), PY_PROPERTY_OBJECT.sizeBytes);
  if (h === 0) {
    Py_DECREF(interp, ownDoc);
    return 0;
  }
  const i32 = interp.views.i32;
  const put = (field: number, v: number): void => {
    const x = v === none ? 0 : v;
    Py_INCREF(interp, x);
    i32[(h + field) >> 2] = x;
  };
  put(P.prop_get, fget);
  put(P.prop_set, fset);
  put(P.prop_del, fdel);
  i32[(h + P.prop_doc) >> 2] = ownDoc;
  i32[(h + P.getter_doc) >> 2] = getterDoc;
  return h;
}

function isAttributeError(tstate: ThreadState): boolean {
  const t = PyErr_Occurred(tstate);
  return t !== 0 && PyType_IsSubtype(tstate.interp, t, tstate.interp.runtime.staticType('AttributeError'));
}

/** tp_dealloc of property. @internal */
export function propertyDealloc(interp: InterpreterState, h: number): void {
  for (const f of [P.prop_get, P.prop_set, P.prop_del, P.prop_doc]) {
    const x = interp.views.i32[(h + f) >> 2];
    interp.views.i32[(h + f) >> 2] = 0;
    Py_DECREF(interp, x);
  }
  PyObject_GC_Del(interp, h);
}

/** The name CPython's property messages use: the getter's __name__, or none. */
function propertyName(tstate: ThreadState, prop: number): string | null {
  const interp = tstate.interp;
  const fget = interp.views.i32[(prop + P.prop_get) >> 2];
  if (fget === 0) return null;
  const name = PyObject_GetAttrString(tstate, fget, '__name__');
  if (name === 0) {
    PyErr_Clear(tstate);
    return null;
  }
  const s = Py_TYPE(interp, name) === interp.types.str ? PyUnicode_AsString(interp, name) : null;
  Py_DECREF(interp, name);
  return s;
}

function propertyError(tstate: ThreadState, prop: number, obj: number, what: string): number {
  const name = propertyName(tstate, prop);
  const owner = Py_TYPE_NAME(tstate.interp, obj);
  raise(tstate, 'AttributeError', name === null ? `property of '${owner}' object has no ${what}` : `property '${name}' of '${owner}' object has no ${what}`);
  return 0;
}

function propertyGet(tstate: ThreadState, prop: number, obj: number): number {
  const interp = tstate.interp;
  if (obj === 0 || obj === interp.runtime.immortalNone) {
    Py_INCREF(interp, prop);
    return prop;
  }
  const fget = interp.views.i32[(prop + P.prop_get) >> 2];
  if (fget === 0) return propertyError(tstate, prop, obj, 'getter');
  return PyObject_CallOneArg(tstate, fget, obj);
}

function propertySet(tstate: ThreadState, prop: number, obj: number, value: number): number {
  const interp = tstate.interp;
  const f = interp.views.i32[(prop + (value === 0 ? P.prop_del : P.prop_set)) >> 2];
  if (f === 0) {
    propertyError(tstate, prop, obj, value === 0 ? 'deleter' : 'setter');
    return -1;
  }
  const r = value === 0 ? PyObject_CallOneArg(tstate, f, obj) : PyObject_Vectorcall3(tstate, f, obj, value);
  if (r === 0) return -1;
  Py_DECREF(interp, r);
  return 0;
}

/** A copy of `prop` with one accessor replaced (CPython's property_copy, for .getter/.setter/.deleter). */
function propertyCopy(tstate: ThreadState, prop: number, field: number, f: number): number {
  const interp = tstate.interp;
  const i32 = interp.views.i32;
  const get = field === P.prop_get ? f : i32[(prop + P.prop_get) >> 2];
  const set = field === P.prop_set ? f : i32[(prop + P.prop_set) >> 2];
  const del = field === P.prop_del ? f : i32[(prop + P.prop_del) >> 2];
  // A doc taken from the old getter is taken again from the new one (CPython: getter_doc).
  const doc = i32[(prop + P.getter_doc) >> 2] !== 0 && get !== 0 ? 0 : i32[(prop + P.prop_doc) >> 2];
  const cls = Py_TYPE(interp, prop);
  if (cls !== interp.runtime.staticType('property')) {
    // A property subclass: call the class, as CPython does.
    const none = interp.runtime.immortalNone;
    const args = [get || none, set || none, del || none, doc || none];
    return callWithArray(tstate, cls, args);
  }
  return PyProperty_New(tstate, get, set, del, doc);
}

function callWithArray(tstate: ThreadState, callable: number, args: readonly number[]): number {
  const t = PyTuple_Pack(tstate, args);
  if (t === 0) return 0;
  const r = PyObject_Call(tstate, callable, t, 0);
  Py_DECREF(tstate.interp, t);
  return r;
}

/** property's methods: getter, setter, deleter, and the descriptor protocol (CPython's property_methods). @internal */
export const PROPERTY_METHODS: readonly PyMethodDef[] = Object.freeze([
  { name: 'getter', flags: METH_O, meth: (tstate, self, argsWord) => propertyCopy(tstate, self, P.prop_get, tstate.interp.views.i32[argsWord]), doc: 'Descriptor to obtain a copy of the property with a different getter.' },
  { name: 'setter', flags: METH_O, meth: (tstate, self, argsWord) => propertyCopy(tstate, self, P.prop_set, tstate.interp.views.i32[argsWord]), doc: 'Descriptor to obtain a copy of the property with a different setter.' },
  { name: 'deleter', flags: METH_O, meth: (tstate, self, argsWord) => propertyCopy(tstate, self, P.prop_del, tstate.interp.views.i32[argsWord]), doc: 'Descriptor to obtain a copy of the property with a different deleter.' },
]);

/** property's attributes (CPython's property_members and property_getsetlist). @internal */
export const PROPERTY_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  { name: 'fget', get: (tstate, p) => borrowedOrNone(tstate.interp, tstate.interp.views.i32[(p + P.prop_get) >> 2]) },
  { name: 'fset', get: (tstate, p) => borrowedOrNone(tstate.interp, tstate.interp.views.i32[(p + P.prop_set) >> 2]) },
  { name: 'fdel', get: (tstate, p) => borrowedOrNone(tstate.interp, tstate.interp.views.i32[(p + P.prop_del) >> 2]) },
  {
    name: '__doc__',
    get: (tstate, p) => borrowedOrNone(tstate.interp, tstate.interp.views.i32[(p + P.prop_doc) >> 2]),
    set: (tstate, p, value) => {
      const interp = tstate.interp;
      const old = interp.views.i32[(p + P.prop_doc) >> 2];
      const v = value === interp.runtime.immortalNone ? 0 : value;
      Py_INCREF(interp, v);
      interp.views.i32[(p + P.prop_doc) >> 2] = v;
      interp.views.i32[(p + P.getter_doc) >> 2] = 0;
      Py_DECREF(interp, old);
      return 0;
    },
  },
]);

/** property(fget=None, fset=None, fdel=None, doc=None) (CPython's property_init). @internal */
export function propertyNew(tstate: ThreadState, _type: number, argsWord: number, nargs: number, kwnames: number): number {
  const a = _PyArg_ParseKeywords(tstate, 'property', argsWord, nargs, kwnames, PROPERTY_ARG_NAMES, 0);
  if (a === null) return 0;
  return PyProperty_New(tstate, a[0], a[1], a[2], a[3]);
}

const PROPERTY_ARG_NAMES: readonly string[] = Object.freeze(['fget', 'fset', 'fdel', 'doc']);

// ---- classmethod, staticmethod --------------------------------------------------------------

/** A classmethod or staticmethod (`which`) wrapping `callable` (borrowed). @public */
export function PyClassMethod_New(tstate: ThreadState, which: 'classmethod' | 'staticmethod', callable: number): number {
  const interp = tstate.interp;
  const h = _PyObject_GC_New(tstate, interp.runtime.staticType(which), PY_CLASSMETHOD_OBJECT.sizeBytes);
  if (h === 0) return 0;
  Py_INCREF(interp, callable);
  interp.views.i32[(h + CM.cm_callable) >> 2] = callable;
  interp.views.i32[(h + CM.cm_dict) >> 2] = 0;
  return h;
}

/** The wrapped callable of a classmethod/staticmethod (borrowed). @internal */
export function classMethodCallable(interp: InterpreterState, cm: number): number {
  return interp.views.i32[(cm + CM.cm_callable) >> 2];
}

/** tp_dealloc of classmethod and staticmethod. @internal */
export function classMethodDealloc(interp: InterpreterState, h: number): void {
  for (const f of [CM.cm_callable, CM.cm_dict]) {
    const x = interp.views.i32[(h + f) >> 2];
    interp.views.i32[(h + f) >> 2] = 0;
    Py_DECREF(interp, x);
  }
  PyObject_GC_Del(interp, h);
}

/** repr(): `<classmethod(<function C.c at 0x...>)>`. @internal */
export function classMethodRepr(tstate: ThreadState, cm: number): string | null {
  const inner = _PyObject_ReprString(tstate, classMethodCallable(tstate.interp, cm));
  return inner === null ? null : `<${Py_TYPE_NAME(tstate.interp, cm)}(${inner})>`;
}

/** classmethod(f) / staticmethod(f) construction (CPython's cm_init / sm_init). @internal */
export function classMethodNewFor(which: 'classmethod' | 'staticmethod') {
  return (tstate: ThreadState, _type: number, argsWord: number, nargs: number, kwnames: number): number => {
    if (kwnames !== 0 && tupleLength(tstate.interp, kwnames) !== 0) return raise(tstate, 'TypeError', `${which}() takes no keyword arguments`);
    if (nargs !== 1) return raise(tstate, 'TypeError', `${which} expected 1 argument, got ${nargs}`);
    return PyClassMethod_New(tstate, which, tstate.interp.views.i32[argsWord]);
  };
}

const CM_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  { name: '__func__', get: (tstate, cm) => borrowedOrNone(tstate.interp, classMethodCallable(tstate.interp, cm)) },
  { name: '__wrapped__', get: (tstate, cm) => borrowedOrNone(tstate.interp, classMethodCallable(tstate.interp, cm)) },
]);

/** classmethod's attributes. @internal */
export const CLASSMETHOD_GETSETS: readonly PyGetSetDef[] = CM_GETSETS;
/** staticmethod's attributes. @internal */
export const STATICMETHOD_GETSETS: readonly PyGetSetDef[] = CM_GETSETS;

/** getset_descriptor's attributes. @internal */
export const GETSET_DESCRIPTOR_GETSETS: readonly PyGetSetDef[] = Object.freeze([
  { name: '__name__', get: (tstate, d) => PyUnicode_FromString(tstate, getSetDefAt(descrDefIndex(tstate.interp, d)).name) },
  {
    name: '__qualname__',
    get: (tstate, d) => PyUnicode_FromString(tstate, `${typeName(tstate.interp, descrType(tstate.interp, d))}.${getSetDefAt(descrDefIndex(tstate.interp, d)).name}`),
  },
  { name: '__objclass__', get: (tstate, d) => borrowedOrNone(tstate.interp, descrType(tstate.interp, d)) },
  {
    name: '__doc__',
    get: (tstate, d) => {
      const doc = getSetDefAt(descrDefIndex(tstate.interp, d)).doc;
      return doc === undefined ? borrowedOrNone(tstate.interp, 0) : PyUnicode_FromString(tstate, doc);
    },
  },
]);

// ---- the descriptor protocol ----------------------------------------------------------------

/** What kind of descriptor a type makes its instances (CPython: which tp_descr_get/set it has). */
const enum DescrKind {
  None,
  Function,
  MethodDescr,
  GetSet,
  Property,
  ClassMethod,
  StaticMethod,
  /** A heap type: look up `__get__`/`__set__`/`__delete__` in its MRO. */
  Heap,
}

function descrKindOf(interp: InterpreterState, type: number): DescrKind {
  if (type > 0) return DescrKind.Heap;
  const rt = interp.runtime;
  if (type === rt.staticType('function')) return DescrKind.Function;
  if (type === rt.staticType('method_descriptor')) return DescrKind.MethodDescr;
  if (type === rt.staticType('getset_descriptor')) return DescrKind.GetSet;
  if (type === rt.staticType('property')) return DescrKind.Property;
  if (type === rt.staticType('classmethod')) return DescrKind.ClassMethod;
  if (type === rt.staticType('staticmethod')) return DescrKind.StaticMethod;
  return DescrKind.None;
}

/** True if instances of `type` have a `__get__` (CPython: tp_descr_get != NULL). @public */
export function _PyType_HasDescrGet(tstate: ThreadState, type: number): boolean {
  const kind = descrKindOf(tstate.interp, type);
  if (kind !== DescrKind.Heap) return kind !== DescrKind.None;
  return _PyType_LookupString(tstate, type, '__get__') !== 0;
}

/** True if `descr` is a data descriptor: its type has `__set__` or `__delete__` (CPython's PyDescr_IsData). @public */
export function PyDescr_IsData(tstate: ThreadState, descr: number): boolean {
  const type = Py_TYPE(tstate.interp, descr);
  const kind = descrKindOf(tstate.interp, type);
  if (kind === DescrKind.GetSet || kind === DescrKind.Property) return true;
  if (kind !== DescrKind.Heap) return false;
  return _PyType_LookupString(tstate, type, '__set__') !== 0 || _PyType_LookupString(tstate, type, '__delete__') !== 0;
}

/**
 * `type(descr).__get__(descr, obj, type)` (CPython's tp_descr_get): obj is 0 for an access
 * through the class. A new reference, or 0 with an exception set. `descr` must have a
 * `__get__` (see {@link _PyType_HasDescrGet}).
 * @public
 */
export function _PyDescr_Get(tstate: ThreadState, descr: number, obj: number, type: number): number {
  const interp = tstate.interp;
  const dtype = Py_TYPE(interp, descr);
  switch (descrKindOf(interp, dtype)) {
    case DescrKind.Function:
      if (obj === 0 || obj === interp.runtime.immortalNone) {
        Py_INCREF(interp, descr);
        return descr;
      }
      return PyMethod_New(tstate, descr, obj);
    case DescrKind.MethodDescr:
      return methodDescrGet(tstate, descr, obj, type);
    case DescrKind.GetSet:
      return getsetGet(tstate, descr, obj);
    case DescrKind.Property:
      return propertyGet(tstate, descr, obj);
    case DescrKind.ClassMethod: {
      const cls = type !== 0 ? type : Py_TYPE(interp, obj);
      return PyMethod_New(tstate, classMethodCallable(interp, descr), cls);
    }
    case DescrKind.StaticMethod: {
      const f = classMethodCallable(interp, descr);
      Py_INCREF(interp, f);
      return f;
    }
    case DescrKind.Heap: {
      const get = _PyType_LookupString(tstate, dtype, '__get__');
      if (get === 0) {
        Py_INCREF(interp, descr);
        return descr;
      }
      const none = interp.runtime.immortalNone;
      return callWithArray(tstate, get, [descr, obj === 0 ? none : obj, type === 0 ? none : type]);
    }
    default:
      Py_INCREF(interp, descr);
      return descr;
  }
}

/**
 * `type(descr).__set__(descr, obj, value)`, or `__delete__(descr, obj)` when value is 0
 * (CPython's tp_descr_set). 1 if `descr` is not a data descriptor (nothing done), 0 on
 * success, -1 with an exception set.
 * @public
 */
export function _PyDescr_Set(tstate: ThreadState, descr: number, obj: number, value: number): number {
  const interp = tstate.interp;
  const dtype = Py_TYPE(interp, descr);
  switch (descrKindOf(interp, dtype)) {
    case DescrKind.GetSet:
      return getsetSet(tstate, descr, obj, value);
    case DescrKind.Property:
      return propertySet(tstate, descr, obj, value);
    case DescrKind.Heap: {
      const f = _PyType_LookupString(tstate, dtype, value === 0 ? '__delete__' : '__set__');
      if (f === 0) {
        const other = _PyType_LookupString(tstate, dtype, value === 0 ? '__set__' : '__delete__');
        if (other === 0) return 1;
        raise(tstate, 'AttributeError', value === 0 ? '__delete__' : '__set__');
        return -1;
      }
      const r = value === 0 ? PyObject_Vectorcall3(tstate, f, descr, obj) : callWithArray(tstate, f, [descr, obj, value]);
      if (r === 0) return -1;
      Py_DECREF(interp, r);
      return 0;
    }
    default:
      return 1;
  }
}

/** repr() of the descriptor objects of this file, or null if `h` is none of them. @internal */
export function descrRepr(tstate: ThreadState, h: number): string | null | undefined {
  const interp = tstate.interp;
  const kind = descrKindOf(interp, Py_TYPE(interp, h));
  if (kind === DescrKind.GetSet) return getsetDescrRepr(interp, h);
  if (kind === DescrKind.Property) return `<property object at ${objectAddress(h)}>`;
  if (kind === DescrKind.ClassMethod || kind === DescrKind.StaticMethod) return classMethodRepr(tstate, h);
  return undefined;
}
