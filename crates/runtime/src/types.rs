//! The builtin types and the exception hierarchy, as class objects made at
//! start-up, and `type_of` for any value.

use crate::dict::Dict;
use crate::object::{Body, ClassObj, IterState, TPFLAGS_MAPPING, TPFLAGS_SEQUENCE};
use crate::value::Value;
use crate::vm::Vm;

macro_rules! type_ids {
    ($( $id:ident = $name:literal : $base:ident ),* $(,)?) => {
        /// Every builtin type, with its Python name and base.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum TypeId { $( $id ),* }

        impl TypeId {
            /// All builtin types in declaration order (bases before subclasses).
            pub const ALL: &'static [TypeId] = &[ $( TypeId::$id ),* ];

            /// The type's `__name__`.
            pub fn name(self) -> &'static str {
                match self { $( TypeId::$id => $name ),* }
            }

            /// The type's base (object's base is itself).
            pub fn base(self) -> TypeId {
                match self { $( TypeId::$id => TypeId::$base ),* }
            }
        }
    };
}

type_ids! {
    Object = "object": Object,
    Type = "type": Object,
    Int = "int": Object,
    Bool = "bool": Int,
    Float = "float": Object,
    Complex = "complex": Object,
    NoneType = "NoneType": Object,
    Str = "str": Object,
    Bytes = "bytes": Object,
    ByteArray = "bytearray": Object,
    List = "list": Object,
    Tuple = "tuple": Object,
    Dict = "dict": Object,
    Set = "set": Object,
    FrozenSet = "frozenset": Object,
    Range = "range": Object,
    Slice = "slice": Object,
    Function = "function": Object,
    BuiltinFunction = "builtin_function_or_method": Object,
    Method = "method": Object,
    Module = "module": Object,
    Generator = "generator": Object,
    Coroutine = "coroutine": Object,
    Cell = "cell": Object,
    Property = "property": Object,
    StaticMethod = "staticmethod": Object,
    ClassMethod = "classmethod": Object,
    Super = "super": Object,
    NotImplementedType = "NotImplementedType": Object,
    Ellipsis = "ellipsis": Object,
    ListIterator = "list_iterator": Object,
    TupleIterator = "tuple_iterator": Object,
    StrIterator = "str_iterator": Object,
    StrAsciiIterator = "str_ascii_iterator": Object,
    BytesIterator = "bytes_iterator": Object,
    ByteArrayIterator = "bytearray_iterator": Object,
    RangeIterator = "range_iterator": Object,
    DictKeyIterator = "dict_keyiterator": Object,
    DictValueIterator = "dict_valueiterator": Object,
    DictItemIterator = "dict_itemiterator": Object,
    SetIterator = "set_iterator": Object,
    Enumerate = "enumerate": Object,
    Zip = "zip": Object,
    Map = "map": Object,
    Filter = "filter": Object,
    Reversed = "reversed": Object,
    ListReverseIterator = "list_reverseiterator": Object,
    CallableIterator = "callable_iterator": Object,
    SeqIterator = "iterator": Object,
    DictKeys = "dict_keys": Object,
    DictValues = "dict_values": Object,
    DictItems = "dict_items": Object,
    Traceback = "traceback": Object,
    Code = "code": Object,
    BaseException = "BaseException": Object,
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    GeneratorExit = "GeneratorExit": BaseException,
    Exception = "Exception": BaseException,
    StopIteration = "StopIteration": Exception,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    FileExistsError = "FileExistsError": OSError,
    FileNotFoundError = "FileNotFoundError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    PermissionError = "PermissionError": OSError,
    TimeoutError = "TimeoutError": OSError,
    BufferError = "BufferError": Exception,
    ReferenceError = "ReferenceError": Exception,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    Warning = "Warning": Exception,
    UserWarning = "UserWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    BytesWarning = "BytesWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    EncodingWarning = "EncodingWarning": Warning,
    BlockingIOError = "BlockingIOError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    InterruptedError = "InterruptedError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
}

impl TypeId {
    /// Whether this is the type of a builtin iterator (list_iterator ... iterator).
    pub fn is_builtin_iterator(self) -> bool {
        (TypeId::ListIterator as u8..=TypeId::SeqIterator as u8).contains(&(self as u8))
    }

    /// Whether instances of this builtin type are unhashable (its
    /// `__hash__` is None).
    pub fn is_unhashable(self) -> bool {
        matches!(self, TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray | TypeId::Slice | TypeId::DictKeys | TypeId::DictItems)
    }

    /// Whether this builtin type is an exception class.
    pub fn is_exception(self) -> bool {
        self as u8 >= TypeId::BaseException as u8
    }

    /// Whether user classes may derive from it.
    pub fn subclassable(self) -> bool {
        matches!(
            self,
            TypeId::Object
                | TypeId::Int
                | TypeId::Float
                | TypeId::Str
                | TypeId::Bytes
                | TypeId::ByteArray
                | TypeId::List
                | TypeId::Tuple
                | TypeId::Dict
                | TypeId::Set
                | TypeId::FrozenSet
                | TypeId::Type
                | TypeId::Enumerate
                | TypeId::Zip
                | TypeId::Map
                | TypeId::Filter
                | TypeId::Reversed
        ) || self.is_exception()
    }
}

/// Creates the class objects of every builtin type.
pub fn make_builtin_types(vm: &mut Vm) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::with_capacity(TypeId::ALL.len());
    for &t in TypeId::ALL {
        let name = vm.intern(t.name());
        let base = t.base();
        let (bases, mut mro) = if t == TypeId::Object {
            (vec![], vec![])
        } else {
            let b = out[base as usize];
            (vec![b], b.as_class().unwrap().mro.clone())
        };
        let cls = vm.heap.alloc_permanent(Body::Class(Box::new(ClassObj {
            name,
            qualname: name,
            bases,
            mro: vec![],
            dict: Dict::new(),
            builtin: Some(t),
            is_exception: t.is_exception(),
            abc_tpflags: match t {
                TypeId::List | TypeId::Tuple | TypeId::Range => TPFLAGS_SEQUENCE,
                TypeId::Dict => TPFLAGS_MAPPING,
                _ => 0,
            },
            hooks: Default::default(),
            meta: Value::EMPTY,
            tp_name: Value::EMPTY,
        })));
        mro.insert(0, cls);
        cls.as_class().unwrap().mro = mro;
        out.push(cls);
    }
    out
}

impl Vm {
    /// The class object of a builtin type.
    #[inline]
    pub fn ty(&self, t: TypeId) -> Value {
        self.types[t as usize]
    }

    /// The builtin type a value is an instance of (for instances of user
    /// classes: `Object`, or the builtin base for exceptions).
    pub fn type_id(&self, v: Value) -> TypeId {
        if v.is_float() {
            return TypeId::Float;
        }
        if v.is_small_int() {
            return TypeId::Int;
        }
        if v.is_bool() {
            return TypeId::Bool;
        }
        if v.is_none() {
            return TypeId::NoneType;
        }
        match v.body() {
            Some(b) => match b {
                Body::Str(_) => TypeId::Str,
                Body::Bytes(_) => TypeId::Bytes,
                Body::ByteArray(_) => TypeId::ByteArray,
                Body::BigInt(_) => TypeId::Int,
                Body::List(_) => TypeId::List,
                Body::Tuple(_) => TypeId::Tuple,
                Body::Dict(_) | Body::InstanceDict(_) => TypeId::Dict,
                Body::Complex(_) => TypeId::Complex,
                Body::Set(_) => TypeId::Set,
                Body::FrozenSet(..) => TypeId::FrozenSet,
                Body::Function(_) => TypeId::Function,
                Body::Builtin(_) => TypeId::BuiltinFunction,
                Body::BoundMethod { .. } => TypeId::Method,
                Body::Class(_) => TypeId::Type,
                Body::Instance(i) => i.class.as_class().and_then(|c| c.builtin).unwrap_or(TypeId::Object),
                Body::Cell(_) => TypeId::Cell,
                Body::Range { .. } | Body::BigRange(_) => TypeId::Range,
                Body::Slice { .. } => TypeId::Slice,
                Body::Iter(it) => match it {
                    IterState::Seq { seq, .. } => match seq.body() {
                        Some(Body::List(_)) => TypeId::ListIterator,
                        Some(Body::Tuple(_)) => TypeId::TupleIterator,
                        _ => TypeId::SeqIterator,
                    },
                    IterState::Range { .. } => TypeId::RangeIterator,
                    IterState::Str { s, .. } if s.as_str().is_some_and(|t| t.chars == t.s.len()) => TypeId::StrAsciiIterator,
                    IterState::Str { .. } => TypeId::StrIterator,
                    IterState::Bytes { seq, .. } => {
                        if seq.as_bytearray().is_some() {
                            TypeId::ByteArrayIterator
                        } else {
                            TypeId::BytesIterator
                        }
                    }
                    IterState::DictKeys { .. } => TypeId::DictKeyIterator,
                    IterState::DictValues { .. } => TypeId::DictValueIterator,
                    IterState::DictItems { .. } => TypeId::DictItemIterator,
                    IterState::Set { .. } => TypeId::SetIterator,
                    IterState::Reversed { seq, .. } if seq.as_list().is_some() => TypeId::ListReverseIterator,
                    IterState::Reversed { .. } => TypeId::Reversed,
                    IterState::Enumerate { .. } => TypeId::Enumerate,
                    IterState::Zip { .. } => TypeId::Zip,
                    IterState::Map { .. } => TypeId::Map,
                    IterState::Filter { .. } => TypeId::Filter,
                    IterState::Callable { .. } => TypeId::CallableIterator,
                    IterState::GetItem { .. } | IterState::Exhausted => TypeId::SeqIterator,
                },
                Body::Generator(g) if g.frame.code.flags.coroutine => TypeId::Coroutine,
                Body::Generator(_) => TypeId::Generator,
                Body::Module { .. } => TypeId::Module,
                Body::Property { .. } => TypeId::Property,
                Body::StaticMethod(_) => TypeId::StaticMethod,
                Body::ClassMethod(_) => TypeId::ClassMethod,
                Body::Super { .. } => TypeId::Super,
                Body::DictView { kind, .. } => match kind {
                    crate::object::ViewKind::Keys => TypeId::DictKeys,
                    crate::object::ViewKind::Values => TypeId::DictValues,
                    crate::object::ViewKind::Items => TypeId::DictItems,
                },
                Body::NotImplemented => TypeId::NotImplementedType,
                Body::Traceback { .. } => TypeId::Traceback,
                Body::Code(_) => TypeId::Code,
                Body::Ellipsis => TypeId::Ellipsis,
            },
            None => TypeId::NoneType,
        }
    }

    /// The class of a value (`type(v)`).
    pub fn type_of(&self, v: Value) -> Value {
        if let Some(i) = v.as_instance() {
            return i.class;
        }
        if let Some(c) = v.as_class()
            && !c.meta.is_empty()
        {
            return c.meta;
        }
        self.ty(self.type_id(v))
    }

    /// The class name of a value, as error messages print it.
    pub fn type_name(&self, v: Value) -> &'static str {
        let cls = self.type_of(v);
        cls.as_class().map_or("object", |c| if c.tp_name.is_empty() { c.name.str_text() } else { c.tp_name.str_text() })
    }

    /// The type name that argument-checking messages ("argument 1 must be
    /// str, not ...") print: CPython writes `None` rather than `NoneType`.
    pub fn arg_type_name(&self, v: Value) -> &'static str {
        if v.is_none() { "None" } else { self.type_name(v) }
    }

    /// Whether class `cls` is `base` or derives from it.
    pub fn is_subclass(&self, cls: Value, base: Value) -> bool {
        cls == base || cls.as_class().is_some_and(|c| c.mro.contains(&base))
    }

    /// isinstance for one class.
    pub fn isinstance(&self, v: Value, cls: Value) -> bool {
        if cls == self.ty(TypeId::Object) {
            return true;
        }
        self.is_subclass(self.type_of(v), cls)
    }

    /// isinstance against a builtin type.
    pub fn is_type(&self, v: Value, t: TypeId) -> bool {
        self.isinstance(v, self.ty(t))
    }
}
