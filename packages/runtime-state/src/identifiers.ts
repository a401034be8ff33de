// The identifier strings the runtime makes immortal and interns at start-up (CPython's
// `_Py_ID(...)` strings, Include/internal/pycore_global_strings.h): attribute and method
// names the interpreter looks up on hot paths, module and keyword names it uses itself.

const ARITHMETIC: readonly string[] = Object.freeze(['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']);

/**
 * Every identifier the runtime interns, each once (arithmetic dunders with their r- and
 * i- forms). Single characters U+0000..U+00FF and type names are interned besides these.
 * @public
 */
export const RUNTIME_IDENTIFIERS: readonly string[] = Object.freeze([
  // object protocol
  '__init__', '__new__', '__del__', '__name__', '__qualname__', '__module__', '__dict__', '__class__', '__doc__',
  '__repr__', '__str__', '__bytes__', '__format__', '__hash__', '__bool__', '__sizeof__', '__reduce__', '__reduce_ex__',
  '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  '__getattr__', '__getattribute__', '__setattr__', '__delattr__', '__dir__',
  '__get__', '__set__', '__delete__', '__set_name__', '__slots__', '__weakref__',
  '__init_subclass__', '__class_getitem__', '__subclasshook__', '__instancecheck__', '__subclasscheck__',
  '__mro__', '__bases__', '__base__', '__annotations__', '__orig_bases__', '__mro_entries__', '__prepare__',
  // containers and iteration
  '__len__', '__length_hint__', '__getitem__', '__setitem__', '__delitem__', '__contains__', '__missing__',
  '__iter__', '__next__', '__reversed__',
  // calls, context managers, async
  '__call__', '__enter__', '__exit__', '__await__', '__aiter__', '__anext__', '__aenter__', '__aexit__',
  // numbers
  ...ARITHMETIC.flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`]).filter((id) => id !== '__idivmod__'),
  '__neg__', '__pos__', '__abs__', '__invert__', '__index__', '__int__', '__float__', '__complex__', '__round__',
  '__trunc__', '__floor__', '__ceil__',
  // modules and import
  '__main__', '__builtins__', '__import__', '__path__', '__file__', '__spec__', '__loader__', '__package__', '__all__',
  '__cached__', '__build_class__', '__debug__',
  // exceptions
  '__traceback__', '__cause__', '__context__', '__suppress_context__', '__notes__', 'args', 'with_traceback',
  // names the runtime itself uses
  'self', 'cls', 'send', 'throw', 'close', 'append', 'extend', 'keys', 'items', 'values', 'get', 'pop', 'update',
  'copy', 'mro', 'join', 'format', 'encode', 'decode', 'builtins', 'sys', 'stdin', 'stdout', 'stderr', 'write',
  'read', 'readline', 'flush', 'end', 'sep', 'file', 'encoding', 'errors', 'strict', 'replace', 'ignore',
  'surrogateescape', 'utf-8', 'ascii', 'latin-1', 'key', 'reverse', 'default', 'name', 'object', 'metaclass',
  'exec', 'eval', 'single', '<module>', '<lambda>', '<genexpr>', '<listcomp>', '<dictcomp>', '<setcomp>', '<string>',
  '<stdin>', 'modules', 'path', 'argv', 'version', 'platform', 'excepthook', 'displayhook', 'unraisablehook',
  'breakpointhook', 'warnings', 'warn', 'filters', 'category', 'message', 'lineno', 'filename', 'offset', 'text',
  'code', 'msg', 'value', 'n_sequence_fields', 'n_fields', 'n_unnamed_fields',
]);
